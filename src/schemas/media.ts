import { z } from 'astro/zod';
import { figureUnits } from '../i18n/format';
import { asOfSchema, dateSchema, idSchema, publishingFields, webAddressSchema, wordFields } from './common';

/** The twelve earthly branches that name lunar days, by the animal Vietnam gives each (Mão is the Cat). */
const dayBranches = ['rat', 'ox', 'tiger', 'cat', 'dragon', 'snake', 'horse', 'goat', 'monkey', 'rooster', 'dog', 'pig'] as const;

/**
 * When a yearly festival opens in the Vietnamese lunar calendar, as its source states the rule:
 * a day of a lunar month (`day: 15`), or the nth day of a branch in it (`branch: cat, nth: 1`:
 * the first Mão day). The Gregorian dates are computed from it for the next years.
 */
const lunarRule = z
  .strictObject({
    /** Lunar month, 1–12. */
    month: z.number().int().min(1).max(12),
    /** Day of the lunar month, 1–30. */
    day: z.number().int().min(1).max(30).optional(),
    /** The branch of the day (`cat` for a Mão day). */
    branch: z.enum(dayBranches).optional(),
    /** Which day of that branch in the month: 1 (first, the default), 2 or 3. */
    nth: z.number().int().min(1).max(3).default(1),
    /** The public page that states the rule (it must be one of the entry's sources too). */
    source: webAddressSchema,
  })
  .refine((rule) => (rule.day === undefined) !== (rule.branch === undefined), 'give either `day` or `branch` (with `nth`), not both');

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
  /** For a recurring festival that follows the lunar calendar: the rule of its opening day, with its source. */
  lunarRule: lunarRule.optional(),
  /** Id from content/data/places.yaml. */
  place: idSchema,
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
  ...publishingFields,
});

export const pressWords = z.strictObject({
  ...wordFields,
  /** The label of each key figure in this language, by figure id. */
  figureLabels: z.record(idSchema, z.string().min(2)).default({}),
});
