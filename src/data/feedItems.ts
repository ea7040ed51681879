import type { Locale } from '../i18n/locales';
import { getEntries, viewIn } from './entries';
import { entryPath } from '../lib/entryPath';

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
export async function feedItems(locale: Locale, limit = 50): Promise<FeedItem[]> {
  const [articles, events, press] = await Promise.all([getEntries('articles'), getEntries('events'), getEntries('press')]);
  const dated = [
    ...articles.map((entry) => ({ entry, date: entry.facts.updated ?? entry.facts.date })),
    ...events.filter((e) => e.facts.start).map((entry) => ({ entry, date: entry.facts.start! })),
    ...press.map((entry) => ({ entry, date: entry.facts.date })),
  ];
  return dated
    .filter(({ entry }) => entry.translations.includes(locale))
    .map(({ entry, date }) => {
      const { words } = viewIn(entry, locale);
      return { title: words.title, description: words.description, path: entryPath(entry, locale), date };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.path.localeCompare(b.path))
    .slice(0, limit);
}
