import { describe, expect, it } from 'vitest';
import { localeCodes, sourceLocale } from './locales';
import { translatorFor, uiStrings } from './translator';
import { languageNameIn } from './languageNames';

const reference = uiStrings[sourceLocale];
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it.each(localeCodes)('%s has exactly the keys of the Vietnamese file, in the same order', (locale) => {
    expect(Object.keys(uiStrings[locale])).toEqual(Object.keys(reference));
  });

  it.each(localeCodes)('%s has no empty string and keeps every placeholder', (locale) => {
    for (const [key, value] of Object.entries(uiStrings[locale])) {
      expect(value.trim(), `${locale}: ${key}`).not.toBe('');
      expect(placeholders(value), `${locale}: ${key}`).toEqual(placeholders(reference[key as keyof typeof reference]));
    }
  });

  it('translates non-Latin locales into their own script, not English', () => {
    for (const locale of ['ja', 'ko', 'zh', 'lo'] as const) {
      expect(uiStrings[locale]['nav.home']).not.toBe(uiStrings.en['nav.home']);
      expect(uiStrings[locale]['nav.home']).not.toMatch(/^[A-Za-z ]+$/);
    }
  });
});

describe('translatorFor()', () => {
  it('interpolates values and picks plural forms by language', () => {
    expect(translatorFor('en')('listing.count', { count: 1 })).toBe('1 article');
    expect(translatorFor('en')('listing.count', { count: 3 })).toBe('3 articles');
    expect(translatorFor('fr')('article.published', { date: '1 janvier' })).toContain('1 janvier');
  });
});

describe('languageNameIn()', () => {
  it('names a language in the reader’s language, lower-case inside a Vietnamese sentence', () => {
    expect(languageNameIn('en', 'fr')).toBe('anglais');
    expect(languageNameIn('en', 'vi')).toBe('tiếng Anh');
    expect(languageNameIn('zh', 'en')).toBe('Chinese');
  });
});
