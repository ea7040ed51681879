import { fallbackOrder, type Locale } from '../i18n/locales';

/** Which language a reader of `requested` is shown, given the languages an entry exists in. */
export interface Resolution {
  /** The language of the text on the page. */
  shown: Locale;
  /** True when `shown` is not the language the reader asked for. */
  isFallback: boolean;
}

/**
 * Picks the language to show: the requested one if it exists, else English, else Vietnamese.
 * @example resolveLocale('fr', ['vi', 'en']) // { shown: 'en', isFallback: true }
 */
export function resolveLocale(requested: Locale, available: readonly Locale[]): Resolution {
  if (available.includes(requested)) return { shown: requested, isFallback: false };
  const shown = fallbackOrder.find((locale) => available.includes(locale));
  if (!shown) throw new Error(`No ${fallbackOrder.join(' or ')} text to fall back to (available: ${available.join(', ') || 'none'})`);
  return { shown, isFallback: true };
}
