import type { EntryCollectionName } from '../schemas/registry';
import { areaBuckets, bucketOf, capitalBuckets } from './searchText';

/** The search filters of the portal, in the order the search page shows them. */
export const facetKeys = ['type', 'topic', 'sector', 'place', 'capital', 'area'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** What the type filter calls each collection. */
export const entryTypes: Record<EntryCollectionName, string> = {
  articles: 'article',
  partners: 'partner',
  opportunities: 'opportunity',
  zones: 'zone',
  events: 'event',
  press: 'press',
  videos: 'video',
};

/** Capital in USD, from VND and the entry's own exchange rate. */
export function capitalUsd(facts: { capitalVnd?: number; exchangeRate?: { vndPerUsd: number } }): number | undefined {
  return facts.capitalVnd && facts.exchangeRate ? facts.capitalVnd / facts.exchangeRate.vndPerUsd : undefined;
}

/**
 * The filter values of one entry, from its language-neutral facts. Ranges (capital, land area) are
 * bucketed because Pagefind filters match exact values.
 * @example searchFacets('articles', { topic: 'culture', places: ['van-yen'], sectors: [] }).type // ['article']
 */
export function searchFacets(collection: EntryCollectionName, facts: Record<string, unknown>): Partial<Record<FacetKey, string[]>> {
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : []);
  const facets: Partial<Record<FacetKey, string[]>> = { type: [entryTypes[collection]] };
  if (typeof facts.topic === 'string') facets.topic = [facts.topic];
  const sectors = [...list(facts.sectors), ...list(facts.sector)];
  if (sectors.length) facets.sector = sectors;
  const places = [...list(facts.places), ...list(facts.place)];
  if (places.length) facets.place = places;
  const usd = capitalUsd(facts as { capitalVnd?: number; exchangeRate?: { vndPerUsd: number } });
  if (usd) facets.capital = [bucketOf(usd, capitalBuckets)];
  const area = typeof facts.areaHa === 'number' ? facts.areaHa : (facts.area as { ha?: number } | undefined)?.ha;
  if (area) facets.area = [bucketOf(area, areaBuckets)];
  return facets;
}

/** Sort keys: `date` as YYYY-MM-DD, `capital` in whole USD. */
export function searchSortKeys(facts: Record<string, unknown>): Record<string, string> {
  const keys: Record<string, string> = {};
  const date = [facts.date, facts.start, facts.lastVerified].find((d): d is Date => d instanceof Date);
  if (date) keys.date = date.toISOString().slice(0, 10);
  const usd = capitalUsd(facts as { capitalVnd?: number; exchangeRate?: { vndPerUsd: number } });
  if (usd) keys.capital = String(Math.round(usd));
  return keys;
}
