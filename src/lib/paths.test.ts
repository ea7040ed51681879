import { describe, expect, it } from 'vitest';
import { absoluteUrl, localeFromPath, localizedPath, switchLocalePath } from './paths';
import { entryPath } from './entryPath';
import { languageLinks } from './pageLinks';

describe('localizedPath()', () => {
  it('prefixes every path with its locale, the default one too', () => {
    expect(localizedPath('vi')).toBe('/vi/');
    expect(localizedPath('en', 'history', 'yen-bai-uprising-1930')).toBe('/en/history/yen-bai-uprising-1930/');
  });
});

describe('localeFromPath()', () => {
  it('reads the locale prefix and ignores paths without one', () => {
    expect(localeFromPath('/zh/culture/')).toBe('zh');
    expect(localeFromPath('/')).toBeUndefined();
    expect(localeFromPath('/pagefind/pagefind.js')).toBeUndefined();
  });
});

describe('switchLocalePath()', () => {
  it('keeps the rest of the path when switching language', () => {
    expect(switchLocalePath('/fr/culture/xoe-thai-unesco/', 'lo')).toBe('/lo/culture/xoe-thai-unesco/');
  });

  it('leads to the home page of the language from a path without locale', () => {
    expect(switchLocalePath('/', 'ja')).toBe('/ja/');
  });
});

describe('entryPath()', () => {
  it('puts articles under their topic and other collections under their section', () => {
    expect(entryPath({ collection: 'articles', slug: 'thac-ba-lake', facts: { topic: 'tourism' } }, 'de')).toBe('/de/tourism/thac-ba-lake/');
    expect(entryPath({ collection: 'partners', slug: 'val-de-marne', facts: {} }, 'fr')).toBe('/fr/partners/val-de-marne/');
    expect(entryPath({ collection: 'opportunities', slug: 'x', facts: {} }, 'en')).toBe('/en/invest/opportunities/x/');
  });
});

describe('languageLinks()', () => {
  it('marks the languages without a translation as fallbacks', () => {
    const links = languageLinks((l) => `/${l}/a/`, ['vi', 'en']);
    expect(links).toHaveLength(8);
    expect(links.filter((l) => !l.fallback).map((l) => l.locale)).toEqual(['vi', 'en']);
    expect(links.find((l) => l.locale === 'ja')).toEqual({ locale: 'ja', path: '/ja/a/', fallback: true });
  });
});

describe('absoluteUrl()', () => {
  it('resolves a path against the site origin', () => {
    expect(absoluteUrl('/en/', new URL('https://portal.example.vn'))).toBe('https://portal.example.vn/en/');
  });
});
