import type { Locale } from '../i18n/locales';
import { entryPath } from './entryPath';
import type { EntryView, LocalizedEntry } from './localizedEntries';

/** One item of a locale's news feed. */
export interface FeedItem {
  title: string;
  description: string;
  path: string;
  date: Date;
}

/**
 * What is new in one language: articles, dated events and press material that are really
 * translated into it (a feed never mixes in fallback text), newest first.
 */
export function feedItemsFrom(
  { articles, events, press }: { articles: LocalizedEntry<'articles'>[]; events: LocalizedEntry<'events'>[]; press: LocalizedEntry<'press'>[] },
  locale: Locale,
  view: (entry: LocalizedEntry<'articles' | 'events' | 'press'>, locale: Locale) => Pick<EntryView<'articles' | 'events' | 'press'>, 'words'>,
  limit = 50,
): FeedItem[] {
  const dated = [
    ...articles.map((entry) => ({ entry, date: entry.facts.updated ?? entry.facts.date })),
    ...events.filter((e) => e.facts.start).map((entry) => ({ entry, date: entry.facts.start! })),
    ...press.map((entry) => ({ entry, date: entry.facts.date })),
  ];
  return dated
    .filter(({ entry }) => entry.translations.includes(locale))
    .map(({ entry, date }) => {
      const { words } = view(entry, locale);
      return { title: words.title, description: words.description, path: entryPath(entry, locale), date };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.path.localeCompare(b.path))
    .slice(0, limit);
}
