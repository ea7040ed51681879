import { localeToLang, type Locale } from './locales';

/**
 * The name of a language as written in another language, from the `Intl` data of the runtime.
 * @example languageNameIn('fr', 'en') // 'anglais'
 */
export function languageNameIn(of: Locale, inLocale: Locale): string {
  const names = new Intl.DisplayNames([localeToLang(inLocale)], { type: 'language' });
  const name = names.of(localeToLang(of) === 'zh-Hans' ? 'zh' : localeToLang(of)) ?? of;
  // Vietnamese writes language names in lower case inside a sentence ("bản tiếng Anh").
  return inLocale === 'vi' ? name.replace(/^Tiếng/, 'tiếng') : name;
}
