import type { Locale } from '../i18n/locales';
import { entryPath } from './entryPath';
import type { EntryView, LocalizedEntry } from './localizedEntries';

/** One item of what is new: news of a dated event or article, or a real update of a page. */
export interface FeedItem {
  title: string;
  description: string;
  path: string;
  date: Date;
  /** `news`: a news article, a dated event or press material; `update`: an evergreen page revised on `date`. */
  kind: 'news' | 'update';
  /** The language the words are in, when it is not the reader's (only with `fallbacks`). */
  shownIn?: Locale;
}

type Dated = { entry: LocalizedEntry<'articles' | 'events' | 'press'>; date: Date; kind: FeedItem['kind'] };

/**
 * What is new in one language, newest first: news articles, dated events and press material at
 * their dates, and evergreen articles only where `updated` says their content changed, at that
 * date (never the date the portal first published a page in bulk). The RSS feed carries only
 * real translations; the home page may ask for `fallbacks` too, marked with the language shown.
 */
export function feedItemsFrom(
  { articles, events, press }: { articles: LocalizedEntry<'articles'>[]; events: LocalizedEntry<'events'>[]; press: LocalizedEntry<'press'>[] },
  locale: Locale,
  view: (
    entry: LocalizedEntry<'articles' | 'events' | 'press'>,
    locale: Locale,
  ) => Pick<EntryView<'articles' | 'events' | 'press'>, 'words' | 'shown' | 'isFallback'>,
  { limit = 50, fallbacks = false }: { limit?: number; fallbacks?: boolean } = {},
): FeedItem[] {
  const dated: Dated[] = [
    ...articles.flatMap((entry): Dated[] =>
      entry.facts.topic === 'news'
        ? [{ entry, date: entry.facts.updated ?? entry.facts.date, kind: 'news' }]
        : entry.facts.updated
          ? [{ entry, date: entry.facts.updated, kind: 'update' }]
          : [],
    ),
    ...events.flatMap((entry): Dated[] => (entry.facts.start ? [{ entry, date: entry.facts.start, kind: 'news' }] : [])),
    ...press.map((entry): Dated => ({ entry, date: entry.facts.date, kind: 'news' })),
  ];
  return dated
    .filter(({ entry }) => fallbacks || entry.translations.includes(locale))
    .map(({ entry, date, kind }) => {
      const { words, shown, isFallback } = view(entry, locale);
      return { title: words.title, description: words.description, path: entryPath(entry, locale), date, kind, ...(isFallback ? { shownIn: shown } : {}) };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.path.localeCompare(b.path))
    .slice(0, limit);
}
