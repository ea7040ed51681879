import { describe, expect, it } from 'vitest';
import { fallbackResults } from './search';

const result = (url: string, translations: string) => ({ url, excerpt: '', meta: { title: 'A page', translations }, filters: {} });

describe('fallbackResults()', () => {
  it('offers another language’s page where the reader’s language has none, at the reader’s address', () => {
    const shown = fallbackResults('fr', [
      {
        locale: 'en',
        lang: 'en',
        badge: 'En anglais',
        results: [result('/en/tourism/ta-chi-nhu-peak/', 'vi en'), result('/en/tourism/thac-ba-lake/', 'vi en fr')],
      },
    ]);
    expect(shown).toEqual([{ data: { ...result('/fr/tourism/ta-chi-nhu-peak/', 'vi en') }, badge: 'En anglais', lang: 'en' }]);
  });

  it('keeps an entry once, in the first fallback language that has it', () => {
    const shown = fallbackResults('ja', [
      { locale: 'en', lang: 'en', badge: '英語で表示', results: [result('/en/history/x/', 'vi en')] },
      { locale: 'vi', lang: 'vi', badge: 'ベトナム語で表示', results: [result('/vi/history/x/', 'vi en'), result('/vi/history/y/', 'vi')] },
    ]);
    expect(shown.map((r) => [r.data.url, r.lang])).toEqual([
      ['/ja/history/x/', 'en'],
      ['/ja/history/y/', 'vi'],
    ]);
  });
});
