import { z } from 'astro/zod';
import { dateSchema, idSchema, publishingFields, wordFields } from './common';

/** A festival, fair, conference, delegation or training. Facts in the vi file. */
export const eventNeutral = z.strictObject({
  kind: z.enum(['festival', 'fair', 'conference', 'delegation', 'training', 'signing']),
  /** First day. For a recurring festival: the first day of the edition described. */
  start: dateSchema,
  /** Last day. Optional: defaults to the first day. */
  end: dateSchema.optional(),
  /** Id from content/data/places.yaml. */
  place: idSchema,
  ...publishingFields,
});

export const eventWords = z.strictObject({
  ...wordFields,
  /** Who organises the event, in this language. Optional. */
  organiser: z.string().optional(),
});

/** Material for journalists. Facts in the vi file. */
export const pressNeutral = z.strictObject({
  kind: z.enum(['fact-sheet', 'press-kit', 'backgrounder']),
  date: dateSchema,
  /** Laid out for printing on A4. Default true. */
  printable: z.boolean().default(true),
  ...publishingFields,
});

export const pressWords = z.strictObject({ ...wordFields });
