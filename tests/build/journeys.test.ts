import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { assertBuilt, builtPages, readPage } from '../support/dist';

beforeAll(assertBuilt);

/** The HTML of the first element with this attribute, up to its closing tag (enough for a section). */
const section = (html: string, marker: string) => {
  const start = html.indexOf(marker);
  return start < 0 ? '' : html.slice(html.lastIndexOf('<', start), html.indexOf('</section>', start));
};

describe('people to reach', () => {
  it.each([
    ['/en/invest/', 'investors'],
    ['/en/invest/sectors/energy/', 'investors'],
    ['/en/invest/opportunities/yen-ninh-urban-area/', 'investors'],
    ['/en/press/', 'press'],
    ['/en/partners/', 'partners'],
    ['/en/tourism/', 'visitors'],
  ])('%s shows the %s’ contact point, with a link to reach it', (path, audience) => {
    const block = section(readPage(path), `data-audience="${audience}"`);
    expect(block, path).not.toBe('');
    expect(block).toMatch(/href="(https:\/\/|mailto:|tel:)/);
  });

  it('gathers every audience on the contacts page, which is in the main navigation of every language', () => {
    const contacts = readPage('/en/contacts/');
    for (const audience of ['investors', 'visitors', 'press', 'partners']) expect(contacts).toContain(`data-audience="${audience}"`);
    for (const locale of localeCodes) {
      const nav = /<nav class="main-nav"[\s\S]*?<\/nav>/.exec(readPage(`/${locale}/`))?.[0] ?? '';
      expect(nav, locale).toContain(`href="/${locale}/contacts/"`);
    }
  });
});

describe('languages visible', () => {
  it('marks an English page on a French listing with a badge in French', () => {
    const listing = readPage('/fr/tourism/');
    const card =
      listing
        .split('<article class="card"')
        .find((c) => c.includes('href="/fr/tourism/ta-chi-nhu-peak/"'))
        ?.split('</article>')[0] ?? '';
    expect(card).toContain('class="lang-badge">En anglais');
  });

  it('marks the language of each source title that is not the page’s', () => {
    const page = readPage('/en/tourism/thac-ba-lake/');
    expect(page).toMatch(/<a href="[^"]+" rel="noopener external" referrerpolicy="no-referrer" lang="vi">/);
  });
});

describe('what the search indexes', () => {
  it('leaves sources and contents lists out and separates the fields of fact panels', () => {
    const page = readPage('/en/partners/val-de-marne/');
    expect(page).toMatch(/<section class="sources"[^>]*data-pagefind-ignore="all"/);
    // "Country: France. Capital: Créteil." for the index, not "CountryFrance".
    expect(page).toContain('<dt>Country<span class="visually-hidden">: </span></dt>');
    expect(readPage('/en/tourism/plan-your-trip/')).toMatch(/<nav class="toc"[^>]*data-pagefind-ignore="all"/);
  });
});

describe('trip planning', () => {
  const points = (html: string) => [...html.matchAll(/<g class="map-trip-point[^"]*" data-destination="([a-z-]+)"/g)].map((m) => m[1]);

  it('maps the destinations with public coordinates on the tourism pages, each with its source', () => {
    for (const path of ['/en/tourism/', '/fr/tourism/plan-your-trip/', '/vi/tourism/']) {
      const html = readPage(path);
      expect(points(html), path).toEqual(expect.arrayContaining(['khau-pha-pass', 'thac-ba-lake', 'mu-cang-chai']));
      const list = /<ol class="trip-places">[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
      for (const item of list.split('</li>').slice(0, -1)) expect(item).toMatch(/class="figure-source"[\s\S]*href="https?:\/\//);
    }
  });

  it('marks the place a destination’s own page is about', () => {
    const html = readPage('/ja/tourism/khau-pha-pass-paragliding/');
    expect(html).toMatch(/<g class="map-trip-point is-highlighted" data-destination="khau-pha-pass"/);
    const marked = [...html.matchAll(/class="[^"]*is-highlighted[^"]*" data-destination="([a-z-]+)"/g)].map((m) => m[1]);
    expect(marked).toEqual(['khau-pha-pass', 'khau-pha-pass']);
  });

  it('gives the trip article in vi, en and fr its own words, not a fallback', () => {
    for (const locale of ['vi', 'en', 'fr']) expect(readPage(`/${locale}/tourism/plan-your-trip/`)).not.toContain('data-fallback-notice');
  });
});

describe('printouts', () => {
  it('carry their own address in the page margin, on every page of the site', () => {
    const sample = builtPages()
      .filter((p) => /^\/(en|ja)\//.test(p))
      .slice(0, 40);
    for (const path of sample) expect(readPage(path), path).toMatch(new RegExp(`@bottom-left \\{ content: "[^"]*${path.replace(/\//g, '\\/')}"`));
  });
});

describe('investors’ paths', () => {
  it('give the hub dated figures from the fact sheet and the next steps', () => {
    const hub = readPage('/en/invest/');
    const figures = section(hub, 'id="why-here-heading"');
    expect(figures.match(/class="figure-value"/g)?.length).toBe(6);
    expect(figures.match(/class="figure-date"/g)?.length).toBe(6);
    expect(hub).toMatch(/<ol class="next-steps-list">[\s\S]*href="\/en\/invest\/opportunities\/"[\s\S]*href="#contacts-investors"/);
    expect(hub).toContain('id="contacts-investors"');
  });

  it('answer on every park page what investors ask, saying plainly what no source publishes', () => {
    for (const slug of ['au-lau-industrial-park', 'tran-yen-industrial-park', 'southern-industrial-park-sections-b-c']) {
      const panel = section(readPage(`/en/invest/zones/${slug}/`), 'class="fact-panel"');
      for (const label of ['Land available', 'Land rent', 'Road distance to', 'Developer', 'Utilities']) expect(panel, `${slug}: ${label}`).toContain(label);
    }
    expect(section(readPage('/en/invest/zones/au-lau-industrial-park/'), 'class="fact-panel"')).toContain('not published by a public source');
    // Trấn Yên's developer is sourced: it links to its contact card.
    expect(section(readPage('/en/invest/zones/tran-yen-industrial-park/'), 'class="fact-panel"')).toContain('href="/en/contacts/#viglacera-corporation"');
    expect(section(readPage('/en/invest/zones/southern-industrial-park-sections-b-c/'), 'class="fact-panel"')).toMatch(/0\s?ha \(July 2024\)/);
  });

  it('state the open-data licence next to the downloads and in the JSON', () => {
    expect(readPage('/en/invest/data/')).toContain('rel="license noopener external"');
    const json = JSON.parse(readPage('/ja/invest/opportunities.json')) as { licence: { id: string; url: string } };
    expect(json.licence).toMatchObject({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
  });
});
