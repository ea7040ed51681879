import { memoize } from '../util/memoize';
import { localeToLang, localeTraits, type Locale } from './locales';

const languageNames = memoize((lang: string) => new Intl.DisplayNames([lang], { type: 'language' }));

/**
 * The name of a language as written in another language, from the `Intl` data of the runtime.
 * @example languageNameIn('fr', 'en') // 'anglais'
 */
export function languageNameIn(of: Locale, inLocale: Locale): string {
  const names = languageNames(localeToLang(inLocale));
  // The language itself, not its script variant: "Chinese", not "Simplified Chinese".
  const name = names.of(localeToLang(of).split('-')[0]!) ?? of;
  return localeTraits(inLocale).script.lowercaseLanguageNames ? name.charAt(0).toLocaleLowerCase(localeToLang(inLocale)) + name.slice(1) : name;
}
