import i18next, { type TFunction } from 'i18next';
import { memoize } from '../util/memoize';
import { locales, localeCodes, sourceLocale, type Locale } from './locales';
import type vi from './ui/vi.json';

/** The Vietnamese file is the reference: every other file has exactly its keys (see ui.test.ts). */
type FileKey = keyof typeof vi;
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
/** A key `t()` accepts: plural forms (`x_one`, `x_other`) are asked for by their base `x` and a count. */
export type UiKey = Exclude<FileKey, `${string}_one` | `${string}_other`> | PluralBase<FileKey>;
export type UiStrings = Record<FileKey, string>;

/** Every language's UI strings, from the locale table. */
export const uiStrings = Object.fromEntries(locales.map((l) => [l.code, l.ui])) as Record<Locale, UiStrings>;

const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(localeCodes.map((code) => [code, { translation: uiStrings[code] }])),
  lng: sourceLocale,
  // A missing key must never silently show another language: the completeness test guards it.
  fallbackLng: false,
  // Keys contain dots ("nav.home"); they are flat, not nested paths.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * A translate function bound to one locale. @example t('nav.home') // 'Home'
 *
 * One per locale for the whole build, and a string without values is looked up in i18next once:
 * pages ask for the same few hundred labels thousands of times, and i18next's `t` was a tenth of
 * page generation (BENCHMARKS.md).
 */
export const translatorFor = memoize((locale: Locale): Translate => {
  const fixed: TFunction = instance.getFixedT(locale);
  // i18next picks plural forms with Intl.PluralRules for the page's language.
  const translate = (key: UiKey, values?: Record<string, string | number>) => fixed(key, { ...values, lng: locale }) as string;
  const plain = memoize((key: UiKey) => translate(key));
  return (key, values) => (values ? translate(key, values) : plain(key));
});
