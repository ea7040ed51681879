import { z } from 'astro/zod';
import { asOfSchema, dateSchema, idSchema, coverField, publishingFields, wordFields } from './common';

/** Investment forms an opportunity can take. */
export const investmentForms = ['direct', 'ppp', 'joint-venture', 'bcc', 'other'] as const;
/** Where an opportunity stands. */
export const opportunityStatuses = ['calling', 'negotiating', 'awarded', 'closed', 'example'] as const;

/** An investment project calling for investors. Facts in the vi file. */
export const opportunityNeutral = z.strictObject({
  /** Id from content/data/sectors.yaml. */
  sector: idSchema,
  /** Id from content/data/places.yaml: the former district (until 30 June 2025) the project lies in. */
  place: idSchema,
  /** The current commune or ward (since 1 July 2025), as the source names it. Optional. */
  commune: z.string().min(2).optional(),
  /** Land area in hectares. Optional. */
  areaHa: z.number().positive().optional(),
  /** Total capital in VND. Optional. */
  capitalVnd: z.number().positive().optional(),
  /** Exchange rate used to show the capital in USD, and its date. Required with capitalVnd. */
  exchangeRate: z.strictObject({ vndPerUsd: z.number().positive(), date: dateSchema }).optional(),
  /** Investment form. */
  form: z.enum(investmentForms),
  /** Legal act that lists the project: number and date. Optional. */
  legalBasis: z.strictObject({ number: z.string().min(3), date: dateSchema }).optional(),
  /** Where the project stands; `example` for an illustrative entry, which is never a real call. */
  status: z.enum(opportunityStatuses),
  /** When the portal last checked the record against its source. */
  lastVerified: dateSchema,
  /** After this date the record must be checked again or withdrawn. Optional. */
  validUntil: dateSchema.optional(),
  /** Id from content/data/contacts.yaml. Optional. */
  contact: idSchema.optional(),
  ...coverField,
  ...publishingFields,
});

export const opportunityWords = z.strictObject({
  ...wordFields,
  /** Incentives that apply, one per line, in this language. */
  incentives: z.array(z.string().min(5)).default([]),
});

/** An industrial park or cluster. Facts in the vi file. */
export const zoneNeutral = z.strictObject({
  kind: z.enum(['industrial-park', 'industrial-cluster']),
  /** Id from content/data/places.yaml. */
  place: idSchema,
  /** Planned area in hectares, with the year of the figure. */
  area: z.strictObject({ ha: z.number().positive(), year: z.number().int().min(1990) }).optional(),
  /** Share of industrial land leased, in percent, and the date of the figure (as precise as its source). */
  occupancy: z.strictObject({ percent: z.number().min(0).max(100), asOf: asOfSchema }).optional(),
  /** Latitude and longitude in degrees. Optional. */
  coordinates: z.tuple([z.number(), z.number()]).optional(),
  /** Ids from content/data/sectors.yaml. */
  sectors: z.array(idSchema).default([]),
  /** Industrial land still available to lease, in hectares, and the date of the figure. Optional. */
  available: z.strictObject({ ha: z.number().min(0), asOf: asOfSchema }).optional(),
  /** Land rent as the source states it, and its date. Optional. */
  landRent: z
    .strictObject({ value: z.number().positive(), currency: z.enum(['USD', 'VND']), per: z.enum(['m2-year', 'm2-lease-term']), asOf: asOfSchema })
    .optional(),
  /** Road distances in kilometres, as a source gives them. Optional, each. */
  distancesKm: z
    .strictObject({ hanoi: z.number().positive().optional(), noiBai: z.number().positive().optional(), haiPhong: z.number().positive().optional() })
    .optional(),
  /** Id from content/data/contacts.yaml: the developer or the management board. Optional. */
  developer: idSchema.optional(),
  ...coverField,
  ...publishingFields,
});

export const zoneWords = z.strictObject({
  ...wordFields,
  /** Utilities the source describes (power, water, waste water, roads), one line each, in this language. */
  utilities: z.array(z.string().min(5)).default([]),
});
