import { z } from 'astro/zod';
import { dateSchema, coverField, publishingFields, wordFields } from './common';

/** Themes of cooperation; each has a label `theme.<id>` in the UI strings. */
const partnerThemes = [
  'agriculture',
  'culture',
  'education',
  'health',
  'tourism',
  'trade',
  'training',
  'water',
  'environment',
  'tea',
  'governance',
  'youth',
] as const;

/** A dated figure: the value and the year it describes. */
const datedFigure = z.strictObject({ value: z.number().positive(), year: z.number().int().min(1900) });

/** A partner region of Yên Bái (Vientiane, Xaignabouli, Val-de-Marne, …). Facts in the vi file. */
export const partnerNeutral = z.strictObject({
  /** ISO 3166-1 alpha-2 country code, e.g. LA, FR, JP. */
  country: z.string().regex(/^[A-Z]{2}$/, 'use the two-letter ISO country code, e.g. "LA"'),
  /** What kind of unit the partner is. */
  kind: z.enum(['province', 'department', 'city']),
  /** Latitude and longitude of the partner's capital, in degrees. Optional. */
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  /** Land area in km², with the year of the figure. Optional. */
  area: datedFigure.optional(),
  /** Population, with the year of the figure. Optional. */
  population: datedFigure.optional(),
  /** Year the cooperation with Yên Bái began, where a source gives it. Optional. */
  since: z.number().int().min(1900).optional(),
  /** Dated milestones of the cooperation; their wording is in each language's `milestones`. */
  milestoneDates: z.array(z.strictObject({ date: dateSchema, precision: z.enum(['day', 'month', 'year']).default('day') })).default([]),
  /** Themes of cooperation. */
  themes: z.array(z.enum(partnerThemes)).default([]),
  ...coverField,
  ...publishingFields,
});

/** Words of a partner page, in every language file. `milestones` follow `milestoneDates` one by one. */
export const partnerWords = z.strictObject({
  ...wordFields,
  /** Name of the partner's capital in this language. */
  capital: z.string().min(2),
  /** One line per dated milestone, same order as `milestoneDates` in the vi file. */
  milestones: z.array(z.string().min(5)).default([]),
});

export type PartnerNeutral = z.output<typeof partnerNeutral>;
