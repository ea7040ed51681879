/**
 * The one list of languages. Routes, the language switcher, hreflang, the sitemap, Pagefind and the
 * tests all derive from it: adding a language is one entry here plus one JSON file in `./ui/`.
 */
export const locales = [
  { code: 'vi', lang: 'vi', name: 'Tiếng Việt' },
  // Dates and numbers in English follow British usage ("1 July 2025"), as the articles do.
  { code: 'en', lang: 'en', name: 'English', intl: 'en-GB' },
  { code: 'fr', lang: 'fr', name: 'Français' },
  { code: 'ja', lang: 'ja', name: '日本語' },
  { code: 'ko', lang: 'ko', name: '한국어' },
  { code: 'de', lang: 'de', name: 'Deutsch' },
  { code: 'zh', lang: 'zh-Hans', name: '简体中文' },
  { code: 'lo', lang: 'lo', name: 'ພາສາລາວ' },
] as const;

export type Locale = (typeof locales)[number]['code'];

/** The language content is written in first; it carries the language-neutral facts. */
export const sourceLocale: Locale = 'vi';

/** Languages every entry must have. */
export const requiredLocales: readonly Locale[] = ['vi', 'en'];

/** Where a reader goes when their language is missing: English first, then the source language. */
export const fallbackOrder: readonly Locale[] = ['en', 'vi'];

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

/** @example isLocale('fr') // true; isLocale('xx') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

/** The BCP 47 tag for `<html lang>` and `Intl`. @example localeToLang('zh') // 'zh-Hans' */
export function localeToLang(locale: Locale): string {
  return locales.find((l) => l.code === locale)!.lang;
}

/** The tag for `Intl` formatting. @example localeToIntl('en') // 'en-GB' */
export function localeToIntl(locale: Locale): string {
  const entry = locales.find((l) => l.code === locale)!;
  return 'intl' in entry ? entry.intl : entry.lang;
}

/** The language's own name. @example localeName('ja') // '日本語' */
export function localeName(locale: Locale): string {
  return locales.find((l) => l.code === locale)!.name;
}
