import type { Locale } from '../i18n/locales';
import type { EntryCollectionName } from '../schemas/registry';
import { localizedPath } from './paths';

/** Section of the site each collection is published under (articles use their topic instead). */
const sections: Record<Exclude<EntryCollectionName, 'articles'>, string> = {
  partners: 'partners',
  opportunities: 'invest/opportunities',
  zones: 'invest/zones',
  events: 'events',
  press: 'press',
};

/**
 * The page of an entry in one language.
 * @example entryPath({ collection: 'articles', slug: 'xoe', facts: { topic: 'culture' } }, 'fr') // '/fr/culture/xoe/'
 */
export function entryPath(
  entry: { collection: EntryCollectionName; slug: string; facts: object },
  locale: Locale,
): string {
  const section =
    entry.collection === 'articles' ? (entry.facts as { topic: string }).topic : sections[entry.collection];
  return localizedPath(locale, ...section.split('/'), entry.slug);
}
