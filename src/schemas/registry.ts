import type { z } from 'astro/zod';
import { articleNeutral, articleWords } from './articles';
import { eventNeutral, eventWords, pressNeutral, pressWords } from './media';
import { opportunityNeutral, opportunityWords, zoneNeutral, zoneWords } from './investment';
import { partnerNeutral, partnerWords } from './partners';
import { contactSchema, placeSchema, sectorSchema } from './data';

/**
 * Every entry collection: a folder per entry under content/<name>/, a file per language.
 * `neutral` fields are written once in the vi file; `words` in every language file.
 */
export const entryCollections = {
  articles: { neutral: articleNeutral, words: articleWords },
  partners: { neutral: partnerNeutral, words: partnerWords },
  opportunities: { neutral: opportunityNeutral, words: opportunityWords },
  zones: { neutral: zoneNeutral, words: zoneWords },
  events: { neutral: eventNeutral, words: eventWords },
  press: { neutral: pressNeutral, words: pressWords },
} satisfies Record<string, { neutral: z.ZodObject; words: z.ZodObject }>;

export type EntryCollectionName = keyof typeof entryCollections;

/** Data files under content/data/: a YAML list of records with an `id`. */
export const dataFiles = {
  places: { file: 'places.yaml', schema: placeSchema },
  sectors: { file: 'sectors.yaml', schema: sectorSchema },
  contacts: { file: 'contacts.yaml', schema: contactSchema },
} as const;

export type DataFileName = keyof typeof dataFiles;
