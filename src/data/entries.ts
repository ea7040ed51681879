import { getCollection, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { localeCodes, sourceLocale, type Locale } from '../i18n/locales';
import { entryCollections, type EntryCollectionName } from '../schemas/registry';
import { contentDir } from '../config/contentDir';
import { readGitHistory, type GitHistory } from '../editorial/gitHistory';
import { translationState } from '../editorial/translationStatus';
import { resolveLocale } from '../lib/fallback';
import { isPublished } from '../lib/publishing';

type Neutral<C extends EntryCollectionName> = z.output<(typeof entryCollections)[C]['neutral']>;
/** The words of a language file: title, description and the collection's own word fields. */
export type Words<C extends EntryCollectionName> = z.output<(typeof entryCollections)[C]['words']>;

/** One entry (a folder of content/), with its language-neutral facts and its language files. */
export interface LocalizedEntry<C extends EntryCollectionName> {
  collection: C;
  slug: string;
  /** Facts from the vi file, with the schema's defaults applied. */
  facts: Neutral<C>;
  /** The language files that exist, by locale. */
  files: Partial<Record<Locale, CollectionEntry<C>>>;
  /** Locales the entry is really translated into, in the order of the locale list. */
  translations: Locale[];
}

/** What a reader of one locale gets for an entry: the file shown and whether it is a fallback. */
export interface EntryView<C extends EntryCollectionName> {
  entry: LocalizedEntry<C>;
  requested: Locale;
  shown: Locale;
  isFallback: boolean;
  file: CollectionEntry<C>;
  /** The words of the file shown (`file.data` typed by the collection's word schema). */
  words: Words<C>;
  /** Set when the translation shown predates the last change of the Vietnamese text: its date. */
  outdatedSince?: Date | undefined;
}


const cache = new Map<EntryCollectionName, Promise<LocalizedEntry<EntryCollectionName>[]>>();

/**
 * All entries of a collection, grouped by folder, sorted by slug. Read once per build and shared by
 * every page. In production, drafts and entries with a future `publishDate` are left out.
 */
export function getEntries<C extends EntryCollectionName>(collection: C): Promise<LocalizedEntry<C>[]> {
  if (!cache.has(collection)) cache.set(collection, loadEntries(collection));
  return cache.get(collection)! as Promise<LocalizedEntry<C>[]>;
}

async function loadEntries<C extends EntryCollectionName>(collection: C): Promise<LocalizedEntry<C>[]> {
  const files = (await getCollection(collection)) as CollectionEntry<C>[];
  const bySlug = new Map<string, Partial<Record<Locale, CollectionEntry<C>>>>();
  for (const file of files) {
    const [slug, locale] = file.id.split('/') as [string, Locale];
    bySlug.set(slug, { ...bySlug.get(slug), [locale]: file });
  }
  const now = new Date();
  const showUnpublished = __SHOW_UNPUBLISHED__;
  const entries: LocalizedEntry<C>[] = [];
  for (const [slug, byLocale] of [...bySlug.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const source = byLocale[sourceLocale];
    // validateContent() has already stopped the build if the vi file is missing or invalid.
    if (!source) throw new Error(`content/${collection}/${slug}/ has no ${sourceLocale}.mdx`);
    const facts = entryCollections[collection].neutral.parse(pickNeutral(collection, source.data)) as Neutral<C>;
    if (!showUnpublished && !isPublished(facts as { draft: boolean; publishDate?: Date }, now)) continue;
    entries.push({
      collection,
      slug,
      facts,
      files: byLocale,
      translations: localeCodes.filter((code) => byLocale[code]),
    });
  }
  return entries;
}

function pickNeutral(collection: EntryCollectionName, data: Record<string, unknown>) {
  const keys = Object.keys(entryCollections[collection].neutral.shape);
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => keys.includes(key) && value !== undefined));
}

let history: GitHistory | undefined;

/** The git history of the content folder, read once per build. */
export function contentHistory(): GitHistory {
  history ??= readGitHistory(contentDir);
  return history;
}

/** The date of an outdated translation (see translationState), else undefined. */
function outdatedSinceOf(collection: EntryCollectionName, slug: string, locale: Locale): Date | undefined {
  const history = contentHistory();
  const file = (l: Locale) => `${contentDir}/${collection}/${slug}/${l}.mdx`;
  const translated = history.lastChange.get(file(locale));
  const state = translationState(file(sourceLocale), translated, history.lastChange.get(file(sourceLocale)), collection);
  return state === 'outdated' ? translated : undefined;
}

/** The entry as a reader of `locale` sees it. @example viewIn(entry, 'ja').isFallback */
export function viewIn<C extends EntryCollectionName>(entry: LocalizedEntry<C>, locale: Locale): EntryView<C> {
  const { shown, isFallback } = resolveLocale(locale, entry.translations);
  const file = entry.files[shown]!;
  const outdatedSince = shown === sourceLocale ? undefined : outdatedSinceOf(entry.collection, entry.slug, shown);
  return { entry, requested: locale, shown, isFallback, file, words: file.data as Words<C>, outdatedSince };
}
