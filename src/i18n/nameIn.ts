import type { Locale } from './locales';

/**
 * A name from the data files in one language, English where that language has none (the data
 * files require vi and en; other languages are optional).
 * @example nameIn({ vi: 'huyện Văn Yên', en: 'Văn Yên district' }, 'ko') // 'Văn Yên district'
 */
export function nameIn(name: Partial<Record<Locale, string>> & { en: string }, locale: Locale): string {
  return name[locale] ?? name.en;
}
