import type { Locale } from '../i18n/locales';
import type { EntryCollectionName } from '../schemas/registry';
import { localizedPath } from './paths';
import { entrySection } from './routes';

/**
 * The page of an entry in one language.
 * @example entryPath({ collection: 'articles', slug: 'xoe', facts: { topic: 'culture' } }, 'fr') // '/fr/culture/xoe/'
 */
export function entryPath(entry: { collection: EntryCollectionName; slug: string; facts: object }, locale: Locale): string {
  return localizedPath(locale, ...entrySection(entry.collection, entry.facts).segment.split('/'), entry.slug);
}
