import { describe, expect, it } from 'vitest';
import { resolveLocale } from './fallback';

describe('resolveLocale()', () => {
  it('shows the requested language when the entry is translated into it', () => {
    expect(resolveLocale('fr', ['vi', 'en', 'fr'])).toEqual({ shown: 'fr', isFallback: false });
  });

  it('falls back to English when the French file is missing', () => {
    expect(resolveLocale('fr', ['vi', 'en'])).toEqual({ shown: 'en', isFallback: true });
  });

  it('falls back to Vietnamese when there is no English either', () => {
    expect(resolveLocale('lo', ['vi', 'ja'])).toEqual({ shown: 'vi', isFallback: true });
  });

  it('never treats the source language as a fallback for Vietnamese readers', () => {
    expect(resolveLocale('vi', ['vi', 'en'])).toEqual({ shown: 'vi', isFallback: false });
  });

  it('refuses an entry with neither English nor Vietnamese', () => {
    expect(() => resolveLocale('fr', ['ja'])).toThrow(/No en or vi text/);
  });
});
