import { beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../../src/i18n/format';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { translatorFor } from '../../src/i18n/translator';
import { assertBuilt, builtPages, readPage } from '../support/dist';

beforeAll(assertBuilt);

/** Pages that carry maps and charts, by their path after the locale. */
const expected: Record<string, { maps: number; charts: number }> = {
  'partners/': { maps: 1, charts: 0 },
  'invest/zones/': { maps: 1, charts: 1 },
  'about/': { maps: 1, charts: 0 },
  'economy/': { maps: 0, charts: 1 },
};
const entryPage = /^(partners|invest\/zones)\/[a-z0-9-]+\/$/;

/** The pictures of a page: every `<svg role="img">` with its title and description. */
function svgsOf(html: string) {
  return [...html.matchAll(/<svg\b[^>]*\brole="img"[^>]*>[\s\S]*?<\/svg>/g)].map(([svg]) => {
    const text = (tag: string) => {
      const id = new RegExp(`aria-${tag === 'title' ? 'labelledby' : 'describedby'}="([^"]+)"`).exec(svg)?.[1];
      return new RegExp(`<${tag} id="${id}">([^<]*)</${tag}>`).exec(svg)?.[1]?.trim() ?? '';
    };
    return { svg, title: text('title'), desc: text('desc') };
  });
}

function figuresOf(html: string) {
  return [...html.matchAll(/<figure\b[^>]*data-picture="(map|chart)"[^>]*>([\s\S]*?)<\/figure>/g)].map(([, kind, body]) => ({
    kind: kind as 'map' | 'chart',
    body: body!,
    caption: /<figcaption>([\s\S]*?)<\/figcaption>/.exec(body!)?.[1] ?? '',
  }));
}

// Paths after the locale of every page that should carry a picture.
const paths = [
  ...new Set(
    builtPages()
      .filter((p) => p.startsWith('/en/'))
      .map((p) => p.slice('/en/'.length)),
  ),
].filter((path) => path in expected || entryPage.test(path));
const scripts: Partial<Record<Locale, RegExp>> = {
  ja: /[\u3040-\u30ff\u4e00-\u9fff]/,
  ko: /[\uac00-\ud7af]/,
  zh: /[\u4e00-\u9fff]/,
  lo: /[\u0e80-\u0eff]/,
};

describe('maps and charts in the built pages', () => {
  it('covers the partners, zones and topic pages', () => {
    expect(paths).toEqual(expect.arrayContaining(['partners/', 'invest/zones/', 'about/', 'economy/']));
    expect(paths.filter((p) => entryPage.test(p)).length).toBeGreaterThanOrEqual(8);
  });

  it('puts the expected maps and charts on each page, in every locale', () => {
    for (const locale of localeCodes) {
      for (const path of paths) {
        const figures = figuresOf(readPage(`/${locale}/${path}`));
        const want = expected[path] ?? { maps: 1, charts: 0 };
        expect(figures.filter((f) => f.kind === 'map').length, `/${locale}/${path} maps`).toBe(want.maps);
        expect(figures.filter((f) => f.kind === 'chart').length, `/${locale}/${path} charts`).toBe(want.charts);
      }
    }
  });

  it('gives every picture a title and a description in the page’s language', () => {
    for (const path of paths) {
      const english = svgsOf(readPage(`/en/${path}`));
      expect(english.length, path).toBeGreaterThan(0);
      for (const locale of localeCodes) {
        const svgs = svgsOf(readPage(`/${locale}/${path}`));
        expect(svgs.length, `/${locale}/${path}`).toBe(english.length);
        svgs.forEach(({ title, desc }, i) => {
          const where = `/${locale}/${path} picture ${i + 1}`;
          expect(title, where).not.toBe('');
          expect(desc, where).not.toBe('');
          if (locale !== 'en') {
            expect(title, where).not.toBe(english[i]!.title);
            expect(desc, where).not.toBe(english[i]!.desc);
          }
          if (scripts[locale]) {
            expect(title, where).toMatch(scripts[locale]!);
            expect(desc, where).toMatch(scripts[locale]!);
          }
        });
      }
    }
  });

  it('has a title that differs between English and Japanese', () => {
    for (const path of ['partners/', 'invest/zones/', 'economy/']) {
      const en = svgsOf(readPage(`/en/${path}`)).map((s) => s.title);
      const ja = svgsOf(readPage(`/ja/${path}`)).map((s) => s.title);
      en.forEach((title, i) => expect(ja[i], path).not.toBe(title));
    }
  });

  it('gives every chart a table with one data row per bar', () => {
    for (const locale of localeCodes) {
      for (const path of ['invest/zones/', 'economy/']) {
        for (const chart of figuresOf(readPage(`/${locale}/${path}`)).filter((f) => f.kind === 'chart')) {
          const bars = chart.body.match(/<rect class="chart-bar"/g)?.length ?? 0;
          const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(chart.body)?.[1] ?? '';
          const rows = tbody.match(/<tr>/g)?.length ?? 0;
          expect(bars, `/${locale}/${path}`).toBeGreaterThan(1);
          expect(rows, `/${locale}/${path}`).toBe(bars);
        }
      }
    }
  });

  it('names a source in the caption of every map and chart', () => {
    for (const locale of localeCodes) {
      for (const path of paths) {
        for (const figure of figuresOf(readPage(`/${locale}/${path}`))) {
          const where = `/${locale}/${path} ${figure.kind}`;
          expect(figure.caption, where).toMatch(/<a href="https?:\/\//);
          if (figure.kind === 'map') {
            expect(figure.caption, where).toContain('Natural Earth');
            expect(figure.caption, where).toContain('yenbai.gov.vn');
          }
        }
      }
    }
  });

  it('shows Hoàng Sa and Trường Sa on every map, labelled in the page’s language and inside the frame', () => {
    for (const locale of localeCodes) {
      const t = translatorFor(locale);
      const country = t('map.archipelago.country', { vietnam: countryName('VN', locale) });
      for (const path of paths) {
        for (const { svg } of svgsOf(readPage(`/${locale}/${path}`)).filter(({ svg }) => svg.includes('class="map"'))) {
          const where = `/${locale}/${path}`;
          const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
          for (const id of ['hoang-sa', 'truong-sa'] as const) {
            expect(svg, `${where} ${id} area`).toMatch(new RegExp(`<path class="map-archipelago" d="M[^"]+" data-archipelago="${id}"`));
            const label = new RegExp(`<text class="map-label" x="([\\d.]+)" y="([\\d.]+)"[^>]*data-archipelago="${id}">([\\s\\S]*?)</text>`).exec(svg);
            expect(label, `${where} ${id} label`).not.toBeNull();
            const [, x, y, body] = label!;
            const lines = [...body!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
            expect(lines, where).toEqual([...t(`map.archipelago.${id}`).split('\n'), country]);
            expect(Number(x), where).toBeGreaterThanOrEqual(0);
            expect(Number(x), where).toBeLessThan(width!);
            expect(Number(y), where).toBeGreaterThanOrEqual(0);
            expect(Number(y), where).toBeLessThan(height!);
          }
        }
      }
    }
  });

  it('ships no script with the pictures', () => {
    for (const path of paths) {
      for (const figure of figuresOf(readPage(`/en/${path}`))) expect(figure.body).not.toContain('<script');
    }
  });
});
