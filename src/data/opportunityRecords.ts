import { nameIn } from '../i18n/nameIn';
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { getEntries, viewIn } from './entries';
import { entryPath } from '../lib/entryPath';
import { opportunityRecord, type OpportunityRecord } from '../lib/openData';

/** Every published opportunity as an open-data record in one language (fallback words where untranslated). */
export async function opportunityRecords(locale: Locale, site: URL | undefined): Promise<OpportunityRecord[]> {
  const [entries, sectors, places] = await Promise.all([getEntries('opportunities'), getCollection('sectors'), getCollection('places')]);
  return entries.map((entry) => {
    const view = viewIn(entry, locale);
    const place = places.find((p) => p.id === entry.facts.place);
    return opportunityRecord({
      slug: entry.slug,
      url: new URL(entryPath(entry, locale), site ?? 'http://localhost').href,
      language: view.shown,
      facts: entry.facts,
      words: view.words,
      sectorName: sectors.find((s) => s.id === entry.facts.sector)?.data.name[locale] ?? entry.facts.sector,
      placeName: place ? (nameIn(place.data.name, locale)) : entry.facts.place,
    });
  });
}
