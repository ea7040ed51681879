import { z } from 'astro/zod';
import { figureUnits } from '../i18n/format';
import { asOfSchema, dateSchema, idSchema, coverField, publishingFields, webAddressSchema, wordFields } from './common';

/** A festival, fair, conference, delegation or training. Facts in the vi file. */
export const eventNeutral = z.strictObject({
  kind: z.enum(['festival', 'fair', 'conference', 'delegation', 'training', 'signing']),
  /** First day of a dated event. Required unless `recurring`. */
  start: dateSchema.optional(),
  /** Last day. Optional: defaults to the first day. */
  end: dateSchema.optional(),
  /** A festival held every year: described by its usual season, not by an invented date. Default false. */
  recurring: z.boolean().default(false),
  /** For a recurring event: the months (1–12) it usually falls in, where a source gives them. */
  usualMonths: z.array(z.number().int().min(1).max(12)).default([]),
  /** Id from content/data/places.yaml. */
  place: idSchema,
  ...coverField,
  ...publishingFields,
});

export const eventWords = z.strictObject({
  ...wordFields,
  /** Who organises the event, in this language. Optional. */
  organiser: z.string().optional(),
  /** For a recurring event: when it usually takes place, in words ("first Cat day of the first lunar month"). */
  season: z.string().optional(),
});

/** Kinds of press material; `clarification` sets the record straight on common errors, each with its source. */
const pressKinds = ['fact-sheet', 'press-kit', 'backgrounder', 'clarification'] as const;

/** Material for journalists. Facts in the vi file. */
export const pressNeutral = z.strictObject({
  kind: z.enum(pressKinds),
  date: dateSchema,
  /** Laid out for printing on A4. Default true. */
  printable: z.boolean().default(true),
  /** Key figures of a fact sheet, each with the date it describes and its source. Labels are in `figureLabels`. */
  keyFigures: z
    .array(
      z.strictObject({
        id: idSchema,
        value: z.number(),
        /** Unit of the value. */
        unit: z.enum(figureUnits),
        asOf: asOfSchema,
        source: webAddressSchema,
      }),
    )
    .default([]),
  ...coverField,
  ...publishingFields,
});

export const pressWords = z.strictObject({
  ...wordFields,
  /** The label of each key figure in this language, by figure id. */
  figureLabels: z.record(idSchema, z.string().min(2)).default({}),
});
