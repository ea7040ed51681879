import { localeCodes, type Locale } from '../i18n/locales';

/** A page of the same content in another language, as the switcher and hreflang need it. */
export interface LanguageLink {
  locale: Locale;
  path: string;
  /** True when that language has no translation and the page there shows a fallback. */
  fallback: boolean;
}

/**
 * Links to a page in every locale.
 * @param pathFor the page's path in a locale
 * @param translated locales with a real translation (default: all, for pages built from UI strings)
 * @example languageLinks((l) => `/${l}/`)[0] // { locale: 'vi', path: '/vi/', fallback: false }
 */
export function languageLinks(pathFor: (locale: Locale) => string, translated: readonly Locale[] = localeCodes): LanguageLink[] {
  return localeCodes.map((locale) => ({ locale, path: pathFor(locale), fallback: !translated.includes(locale) }));
}
