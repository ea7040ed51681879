import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localeCodes } from '../../src/i18n/locales';
import { collectStats, countWords } from '../../src/editorial/contentStats';
import { parseFrontmatter } from '../../src/editorial/frontmatter';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const stats = collectStats(contentDir);
const articles = stats.filter((s) => s.collection === 'articles');
const inLocale = (collection: string, locale: string) => stats.filter((s) => s.collection === collection && s.locale === locale);
const frontmatterOf = (collection: string, slug: string, locale = 'vi') =>
  parseFrontmatter(readFileSync(join(contentDir, collection, slug, `${locale}.mdx`), 'utf8'))!.data;

describe('countWords()', () => {
  it('counts words, not Markdown markup or link targets', () => {
    expect(countWords('## Title\n\nTwo [words](/en/history/x/).', 'en')).toBe(3);
  });

  it('segments scripts written without spaces', () => {
    expect(countWords('安沛省位于越南西北部。', 'zh')).toBeGreaterThan(2);
  });
});

describe('the foreign-information database', () => {
  it('has at least 40 articles in Vietnamese and in English', () => {
    expect(inLocale('articles', 'vi').length).toBeGreaterThanOrEqual(40);
    expect(inLocale('articles', 'en').length).toBeGreaterThanOrEqual(40);
  });

  it('has every article at 350 words or more in Vietnamese and English', () => {
    const short = articles.filter((s) => (s.locale === 'vi' || s.locale === 'en') && s.words < 350).map((s) => `${s.slug}/${s.locale}: ${s.words}`);
    expect(short).toEqual([]);
  });

  it('has at least 12 articles and partner pages in French and in Japanese', () => {
    for (const locale of ['fr', 'ja']) {
      const count = inLocale('articles', locale).length + inLocale('partners', locale).length;
      expect(count, locale).toBeGreaterThanOrEqual(12);
    }
  });

  it('publishes the About page, the investment overview and each partner page in all eight languages', () => {
    const required = [
      ['articles', 'yen-bai-today'],
      ['articles', 'investment-overview'],
      ['partners', 'vientiane-province'],
      ['partners', 'xaignabouli-province'],
      ['partners', 'val-de-marne'],
    ];
    for (const [collection, slug] of required) {
      const locales = stats.filter((s) => s.collection === collection && s.slug === slug).map((s) => s.locale);
      expect(locales.sort(), `${collection}/${slug}`).toEqual([...localeCodes].sort());
    }
  });

  it('lists at least one public source for every entry', () => {
    const slugs = new Set(stats.map((s) => `${s.collection}/${s.slug}`));
    for (const key of slugs) {
      const [collection, slug] = key.split('/') as [string, string];
      const sources = frontmatterOf(collection, slug).sources as { url: string }[] | undefined;
      expect(sources?.length, key).toBeGreaterThan(0);
      for (const source of sources ?? []) expect(source.url, key).toMatch(/^https?:\/\//);
    }
  });

  it('contains no placeholder text', () => {
    const placeholders = /\b(lorem|ipsum|TODO|TBD|FIXME)\b|\bxxx+\b/i;
    const found = stats.filter((s) => placeholders.test(s.body)).map((s) => `${s.collection}/${s.slug}/${s.locale}`);
    expect(found).toEqual([]);
  });

  it('dates and sources every figure of the fact sheets', () => {
    const sheets = [...new Set(stats.filter((s) => s.collection === 'press').map((s) => s.slug))];
    const figures = sheets.flatMap((slug) => ((frontmatterOf('press', slug).keyFigures as { id: string; asOf: unknown; source: unknown }[]) ?? []).map((f) => ({ slug, ...f })));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.asOf, `${figure.slug}: ${figure.id}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(figure.source, `${figure.slug}: ${figure.id}`).toMatch(/^https?:\/\//);
    }
  });

  it('dates every place in the gazetteer that no longer exists', () => {
    const places = parse(readFileSync(join(contentDir, 'data', 'places.yaml'), 'utf8')) as { id: string; kind: string; validUntil?: string }[];
    for (const place of places.filter((p) => p.kind.startsWith('former-'))) {
      expect(place.validUntil, place.id).toBeDefined();
    }
  });
});
