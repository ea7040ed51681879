import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { translatorFor, type UiKey } from '../i18n/translator';
import { opportunityRecordsFrom, type OpportunityRecord } from '../lib/openData';
import { getEntries, viewIn } from './entries';

/** Every published opportunity as an open-data record in one language (src/lib/openData.ts). */
export async function opportunityRecords(locale: Locale, site: URL | undefined): Promise<OpportunityRecord[]> {
  const [entries, sectors, places] = await Promise.all([getEntries('opportunities'), getCollection('sectors'), getCollection('places')]);
  const t = translatorFor(locale);
  return opportunityRecordsFrom(entries, { sectors, places }, locale, site, viewIn, (key) => t(key as UiKey));
}
