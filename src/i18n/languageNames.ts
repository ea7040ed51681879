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

/**
 * The name of any language, by its BCP 47 tag (a video report may be in a language the portal is
 * not written in), in the reader's language.
 * @example languageTagNameIn('ru', 'fr') // 'russe'
 */
export function languageTagNameIn(tag: string, inLocale: Locale): string {
  const name = languageNames(localeToLang(inLocale)).of(tag) ?? tag;
  return localeTraits(inLocale).script.lowercaseLanguageNames ? name.charAt(0).toLocaleLowerCase(localeToLang(inLocale)) + name.slice(1) : name;
}
