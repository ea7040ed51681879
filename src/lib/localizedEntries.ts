import type { CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { localeCodes, sourceLocale, type Locale } from '../i18n/locales';
import { entryCollections, type EntryCollectionName } from '../schemas/registry';
import { resolveLocale } from './fallback';
import { isPublished } from './publishing';

/**
 * Language files grouped back into entries, and what a reader of one language gets of an entry:
 * the pure part of src/data/entries.ts, which feeds it the collections (and git's dates), so that
 * tests can feed it small fixtures instead.
 */

type Neutral<C extends EntryCollectionName> = z.output<(typeof entryCollections)[C]['neutral']>;
/** The words of a language file: title, description and the collection's own word fields. */
type Words<C extends EntryCollectionName> = z.output<(typeof entryCollections)[C]['words']>;

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

/** A language file as a collection gives it: id `<slug>/<locale>` and its frontmatter. */
type LanguageFile<C extends EntryCollectionName> = Pick<CollectionEntry<C>, 'id' | 'data'>;

/**
 * The language files of a collection grouped into entries, sorted by slug. Unless
 * `showUnpublished` (astro dev), drafts and entries whose `publishDate` is after `now` are left out.
 */
export function groupEntries<C extends EntryCollectionName>(
  collection: C,
  files: readonly LanguageFile<C>[],
  { now, showUnpublished }: { now: Date; showUnpublished: boolean },
): LocalizedEntry<C>[] {
  const bySlug = new Map<string, Partial<Record<Locale, CollectionEntry<C>>>>();
  for (const file of files) {
    const [slug, locale] = file.id.split('/') as [string, Locale];
    bySlug.set(slug, { ...bySlug.get(slug), [locale]: file as CollectionEntry<C> });
  }
  const entries: LocalizedEntry<C>[] = [];
  for (const [slug, byLocale] of [...bySlug.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const source = byLocale[sourceLocale];
    // validateContent() has already stopped the build if the vi file is missing or invalid.
    if (!source) throw new Error(`content/${collection}/${slug}/ has no ${sourceLocale}.mdx`);
    const facts = entryCollections[collection].neutral.parse(pickNeutral(collection, source.data as Record<string, unknown>)) as Neutral<C>;
    if (!showUnpublished && !isPublished(facts as { draft: boolean; publishDate?: Date }, now)) continue;
    entries.push({ collection, slug, facts, files: byLocale, translations: localeCodes.filter((code) => byLocale[code]) });
  }
  return entries;
}

function pickNeutral(collection: EntryCollectionName, data: Record<string, unknown>) {
  const keys = Object.keys(entryCollections[collection].neutral.shape);
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => keys.includes(key) && value !== undefined));
}

/**
 * The entry as a reader of `locale` sees it; `outdatedSince` says since when a translation lags
 * behind its Vietnamese source (never asked for the source itself).
 * @example viewOf(entry, 'ja', () => undefined).isFallback
 */
export function viewOf<C extends EntryCollectionName>(
  entry: LocalizedEntry<C>,
  locale: Locale,
  outdatedSince: (entry: LocalizedEntry<C>, shown: Locale) => Date | undefined,
): EntryView<C> {
  const { shown, isFallback } = resolveLocale(locale, entry.translations);
  const file = entry.files[shown]!;
  return {
    entry,
    requested: locale,
    shown,
    isFallback,
    file,
    words: file.data as Words<C>,
    outdatedSince: shown === sourceLocale ? undefined : outdatedSince(entry, shown),
  };
}
