import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes, localeToLang } from '../../src/i18n/locales';
import { lunarRuleDates } from '../../src/lib/lunarDates';
import { assertBuilt, readPage } from '../support/dist';

beforeAll(assertBuilt);

const xml = new XMLParser({ ignoreAttributes: false });
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('news feeds', () => {
  it.each(localeCodes)('%s: RSS parses, is in its language and links only to real translations', (locale) => {
    const feed = xml.parse(readPage(`/${locale}/feed.xml`)) as { rss: { channel: { language: string; item?: unknown } } };
    expect(feed.rss.channel.language).toBe(localeToLang(locale));
    const items = list(feed.rss.channel.item as { link: string; title: string; pubDate: string }[]);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const path = new URL(item.link).pathname;
      expect(path.startsWith(`/${locale}/`), item.link).toBe(true);
      expect(readPage(path), item.link).not.toContain('data-fallback-notice');
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  it('carries news and real updates, each labelled, never the bulk publication date of evergreen pages', () => {
    const feed = xml.parse(readPage('/en/feed.xml')) as { rss: { channel: { item?: unknown } } };
    const items = list(feed.rss.channel.item as { link: string; category: string; pubDate: string }[]);
    expect(items.filter((i) => i.category === 'News').length).toBeGreaterThan(0);
    for (const item of items) expect(['News', 'Updated page']).toContain(item.category);
    // Evergreen pages (history, culture…) appear only as updates; news items are news, events or press.
    for (const item of items) {
      const section = new URL(item.link).pathname.split('/')[2];
      if (item.category === 'News') expect(['news', 'events', 'press'], item.link).toContain(section);
    }
    // An evergreen article without an \`updated\` date is not in the feed, whatever its publication date.
    expect(items.some((i) => i.link.endsWith('/en/history/yen-bai-uprising-1930/'))).toBe(false);
  });

  it('is announced in the head of every page of its language', () => {
    for (const locale of localeCodes) {
      expect(readPage(`/${locale}/`)).toContain(`<link rel="alternate" type="application/rss+xml" title="`);
      expect(readPage(`/${locale}/`)).toContain(`href="/${locale}/feed.xml"`);
    }
  });
});

describe('event calendars', () => {
  it.each(localeCodes)('%s: iCalendar parses, with dated events only', (locale) => {
    const calendar = ical.sync.parseICS(readPage(`/${locale}/events.ics`));
    const events = Object.values(calendar).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    // node-ical gives a URL with parameters as { params, val }.
    const urlOf = (event: ical.VEvent) => {
      const url = event.url as unknown;
      return typeof url === 'string' ? url : (url as { val: string }).val;
    };
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.start, String(event.summary)).toBeInstanceOf(Date);
      expect(urlOf(event)).toContain(`/${locale}/events/`);
    }
    // The Đông Cuông festival follows the lunar calendar: its dates are computed from the rule its
    // source states (the first Mão day of the first month), never written by hand.
    const dongCuong = events.filter((e) => urlOf(e).includes('dong-cuong-temple-festival'));
    expect(dongCuong).toHaveLength(3);
    for (const event of dongCuong) {
      const day = new Date(Date.UTC(event.start.getFullYear(), event.start.getMonth(), event.start.getDate()));
      expect(lunarRuleDates({ month: 1, branch: 'cat', nth: 1 }, day, 1)).toEqual([day]);
    }
  });
});

describe('sitemap', () => {
  it('parses as XML and lists pages of every locale with their alternates', () => {
    const sitemap = xml.parse(readPage('/sitemap.xml')) as { urlset: { url: { loc: string; 'xhtml:link'?: unknown }[] } };
    const urls = sitemap.urlset.url;
    for (const locale of localeCodes) expect(urls.some((u) => new URL(u.loc).pathname === `/${locale}/`)).toBe(true);
    const home = urls.find((u) => new URL(u.loc).pathname === '/en/')!;
    expect(list(home['xhtml:link'] as { '@_hreflang': string }[]).map((l) => l['@_hreflang'])).toContain('x-default');
  });
});

describe('structured data', () => {
  const ld = (path: string) =>
    [...readPage(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

  it('describes articles, events, partners, the open data and the agencies in the page’s language', () => {
    expect(ld('/fr/history/yen-bai-uprising-1930/')[0]).toMatchObject({ '@type': 'Article', inLanguage: 'fr' });
    expect(ld('/en/events/val-de-marne-framework-agreement-2023/')[0]).toMatchObject({ '@type': 'Event', startDate: '2023-10-12' });
    expect(ld('/ja/partners/val-de-marne/')[0]).toMatchObject({ '@type': 'AdministrativeArea', inLanguage: 'ja' });
    expect(ld('/en/invest/opportunities/')[0]).toMatchObject({ '@type': 'Dataset' });
    expect(ld('/vi/contacts/')[0]).toMatchObject({ '@type': 'ItemList' });
    expect(ld('/ko/')[0]).toMatchObject({ '@type': 'WebSite', inLanguage: 'ko' });
  });

  it('gives no Event data to a festival whose date no source fixes', () => {
    expect(ld('/en/events/dong-cuong-temple-festival/')).toEqual([]);
  });
});
