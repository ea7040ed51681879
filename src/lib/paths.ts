import { isLocale, type Locale } from '../i18n/locales';

/**
 * A site path in one language, always with its locale prefix and a trailing slash.
 * @example localizedPath('en', 'history', 'yen-bai-uprising-1930') // '/en/history/yen-bai-uprising-1930/'
 */
export function localizedPath(locale: Locale, ...segments: string[]): string {
  return `/${[locale, ...segments.filter(Boolean)].join('/')}/`;
}

/**
 * The locale a path starts with, if any.
 * @example localeFromPath('/fr/culture/') // 'fr'
 */
export function localeFromPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/**
 * The same path in another language (for pages that exist in every locale with the same segments).
 * @example switchLocalePath('/fr/culture/', 'ja') // '/ja/culture/'
 */
export function switchLocalePath(path: string, locale: Locale): string {
  const current = localeFromPath(path);
  return current ? path.replace(`/${current}/`, `/${locale}/`) : localizedPath(locale);
}

/** The absolute URL of a path on the site. @example absoluteUrl('/en/', new URL('https://a.b')) // 'https://a.b/en/' */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
