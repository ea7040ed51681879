import { z } from 'astro/zod';
import { dateSchema, idSchema, coverField, publishingFields, wordFields } from './common';

/** The sections articles belong to; each is a listing page `/<lang>/<topic>/`. */
export const topics = ['about', 'history', 'culture', 'tourism', 'economy', 'society', 'news'] as const;
export type Topic = (typeof topics)[number];

/** Facts written once, in the vi file. */
export const articleNeutral = z.strictObject({
  /** Section of the portal. */
  topic: z.enum(topics),
  /** Publication date on the portal. */
  date: dateSchema,
  /** Date of the last substantive revision. Optional. */
  updated: dateSchema.optional(),
  /** Ids from content/data/places.yaml. Default none. */
  places: z.array(idSchema).default([]),
  /** Ids from content/data/sectors.yaml. Default none. */
  sectors: z.array(idSchema).default([]),
  /** Shown on the home page. Default false. */
  featured: z.boolean().default(false),
  /** Shows the map of destinations (content/data/destinations.yaml) after the text. Default false. */
  tripMap: z.boolean().default(false),
  ...coverField,
  ...publishingFields,
});

/** Words every language file carries. */
export const articleWords = z.strictObject({ ...wordFields });

export type ArticleNeutral = z.output<typeof articleNeutral>;
