import { memoize } from '../util/memoize';
import { localeToLang, type Locale } from './locales';

const languageNames = memoize((lang: string) => new Intl.DisplayNames([lang], { type: 'language' }));

/**
 * The name of a language as written in another language, from the `Intl` data of the runtime.
 * @example languageNameIn('fr', 'en') // 'anglais'
 */
export function languageNameIn(of: Locale, inLocale: Locale): string {
  const names = languageNames(localeToLang(inLocale));
  const name = names.of(localeToLang(of) === 'zh-Hans' ? 'zh' : localeToLang(of)) ?? of;
  // Vietnamese writes language names in lower case inside a sentence ("bản tiếng Anh").
  return inLocale === 'vi' ? name.replace(/^Tiếng/, 'tiếng') : name;
}
