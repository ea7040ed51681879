import { localeCodes } from '../i18n/locales';
import type { EntryCollectionName } from '../schemas/registry';
import { getEntries, viewIn } from './entries';

/**
 * Static paths for the page of every entry of a collection in every locale (`[lang]/<section>/[slug]`).
 * Untranslated locales get a fallback view, so no language ever meets a 404.
 */
export async function entryStaticPaths<C extends EntryCollectionName>(collection: C) {
  const entries = await getEntries(collection);
  return entries.flatMap((entry) => localeCodes.map((lang) => ({ params: { lang, slug: entry.slug }, props: { view: viewIn(entry, lang) } })));
}
