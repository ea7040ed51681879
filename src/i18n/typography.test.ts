import { describe, expect, it } from 'vitest';
import type { Locale } from './locales';
import { uiStrings } from './translator';

/** The text of a UI string a reader sees: placeholders and addresses left out. */
const visible = (value: string) => value.replace(/\{\{[^}]+\}\}/g, '').replace(/https?:\/\/\S+/g, '');
const offending = (locale: Locale, test: (text: string) => boolean) =>
  Object.entries(uiStrings[locale])
    .filter(([, value]) => test(visible(value)))
    .map(([key, value]) => `${key}: ${value}`);

describe('typography of the UI strings', () => {
  it('fr: a no-break space before : ; ? ! and inside « », never "Au" before a date', () => {
    expect(offending('fr', (t) => / [:;?!]/.test(t))).toEqual([]);
    expect(offending('fr', (t) => /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(t))).toEqual([]);
    expect(offending('fr', (t) => t.includes('"'))).toEqual([]);
    expect(Object.entries(uiStrings.fr).filter(([, v]) => /\bAu \{\{date\}\}/.test(v))).toEqual([]);
  });

  it('de: German quotation marks, no French ones', () => {
    expect(offending('de', (t) => /["«»]/.test(t))).toEqual([]);
  });

  it.each(['en', 'vi'] as const)('%s: typographic quotation marks', (locale) => {
    expect(offending(locale, (t) => t.includes('"'))).toEqual([]);
  });

  it.each(['ja', 'zh'] as const)('%s: full-width punctuation in sentences', (locale) => {
    expect(offending(locale, (t) => /[,;!?]|(?<!\d)[.:](?!\d)/.test(t))).toEqual([]);
  });

  it('ko: the punctuation Korean uses, not full-width stops', () => {
    expect(offending('ko', (t) => /[。、！？]/.test(t))).toEqual([]);
  });

  it('lo: Lao letters and digits, never Thai ones (they look alike)', () => {
    expect(offending('lo', (t) => /[\u0e00-\u0e7f]/u.test(t))).toEqual([]);
  });
});
