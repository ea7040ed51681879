import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from '../config/contentDir';
import { readGitHistory, type GitHistory } from '../editorial/gitHistory';
import { translationState } from '../editorial/translationStatus';
import { sourceLocale, type Locale } from '../i18n/locales';
import { groupEntries, viewOf, type EntryView, type LocalizedEntry } from '../lib/localizedEntries';
import type { EntryCollectionName } from '../schemas/registry';

export type { EntryView, LocalizedEntry } from '../lib/localizedEntries';

const cache = new Map<EntryCollectionName, Promise<LocalizedEntry<EntryCollectionName>[]>>();

/**
 * All entries of a collection, grouped by folder, sorted by slug. Read once per build and shared by
 * every page. In production, drafts and entries with a future `publishDate` are left out.
 */
export function getEntries<C extends EntryCollectionName>(collection: C): Promise<LocalizedEntry<C>[]> {
  if (!cache.has(collection)) {
    // A collection without a folder yet (no video report so far) is empty; asking Astro would only warn.
    const load = async () =>
      existsSync(join(contentDir, collection))
        ? groupEntries(collection, (await getCollection(collection)) as CollectionEntry<C>[], { now: new Date(), showUnpublished: __SHOW_UNPUBLISHED__ })
        : [];
    cache.set(collection, load());
  }
  return cache.get(collection)! as Promise<LocalizedEntry<C>[]>;
}

let history: GitHistory | undefined;

/** The git history of the content folder, read once per build. */
export function contentHistory(): GitHistory {
  history ??= readGitHistory(contentDir);
  return history;
}

/** The date of an outdated translation (see translationState), else undefined. */
function outdatedSinceOf(entry: LocalizedEntry<EntryCollectionName>, locale: Locale): Date | undefined {
  const history = contentHistory();
  const file = (l: Locale) => `${contentDir}/${entry.collection}/${entry.slug}/${l}.mdx`;
  const translated = history.lastChange.get(file(locale));
  const state = translationState(file(sourceLocale), translated, history.lastChange.get(file(sourceLocale)), entry.collection);
  return state === 'outdated' ? translated : undefined;
}

/** The entry as a reader of `locale` sees it, with the outdated notice git's history gives. @example viewIn(entry, 'ja').isFallback */
export function viewIn<C extends EntryCollectionName>(entry: LocalizedEntry<C>, locale: Locale): EntryView<C> {
  return viewOf(entry, locale, outdatedSinceOf);
}
