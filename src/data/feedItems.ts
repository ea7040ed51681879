import type { Locale } from '../i18n/locales';
import { feedItemsFrom, type FeedItem } from '../lib/feed';
import { getEntries, viewIn } from './entries';

/** What is new in one language (src/lib/feed.ts), from the published collections. */
export async function feedItems(locale: Locale, options: { limit?: number; fallbacks?: boolean } = {}): Promise<FeedItem[]> {
  const [articles, events, press] = await Promise.all([getEntries('articles'), getEntries('events'), getEntries('press')]);
  return feedItemsFrom({ articles, events, press }, locale, viewIn, options);
}
