import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { asOfSchema, idSchema, pictureFileSchema, webAddressSchema } from './common';

/**
 * The credits of an entry's pictures: `media.yaml` beside its language files, one record per
 * picture file of the folder. Who took it, under what licence, where the original is published,
 * when and where it was taken, and what it shows in each language of the entry. The file is data
 * for every language (like vi.mdx's facts), so it has one place, not one per language file.
 */

/** Open licences a picture may carry, by SPDX identifier (https://spdx.org/licenses/). */
export const openLicences = [
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
  'CC-BY-3.0',
  'CC-BY-SA-3.0',
  'CC-BY-2.0',
  'CC-BY-SA-2.0',
] as const;
/** A picture the portal may show because its holder allowed it, under no public licence. */
export const PERMISSION = 'used-with-permission';
export type Licence = (typeof openLicences)[number] | typeof PERMISSION;

/** Text in some of the portal's languages (which ones must be there is checked against the entry's files). */
const perLanguage = z
  .strictObject(Object.fromEntries(localeCodes.map((code) => [code, z.string().trim().min(3).optional()])))
  .transform((words) => words as Partial<Record<Locale, string>>);

/** Where a cover is cut when its phone or desktop crop is narrower than the picture. */
export const cropFocus = ['center', 'top', 'bottom', 'left', 'right'] as const;

/** The credit of one picture; `extra` adds fields the build derives (the processed image). */
const pictureCredit = <E extends z.ZodRawShape = Record<never, never>>(extra: E = {} as E) =>
  z
    .strictObject({
      /** The picture file in this folder: `./terraces.jpg`. */
      file: pictureFileSchema,
      /** Who took or made the picture, as they want to be named. */
      author: z.string().trim().min(2),
      /** An SPDX licence identifier (CC-BY-4.0…), or `used-with-permission` with the `holder`. */
      licence: z.enum([...openLicences, PERMISSION]),
      /** Who holds the rights, when not the author (an agency, a newspaper); required with `used-with-permission`. */
      holder: z.string().trim().min(2).optional(),
      /** Whether journalists may download it from the press page. Default: yes for an open licence, no for a permission. */
      press: z.boolean().optional(),
      /** The public page where the original is published. */
      source: webAddressSchema,
      /** When and where the picture was taken: the date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD), a place id. */
      taken: z.strictObject({ date: asOfSchema, place: idSchema }),
      /** What the picture shows, for people who cannot see it: one text in each language of the entry. */
      alt: perLanguage,
      /** A caption under the picture, in each language of the entry when given. Optional. */
      caption: perLanguage.optional(),
      /** Where a cover keeps its subject when cropped for phones or wide screens. Default center. */
      focus: z.enum(cropFocus).default('center'),
      ...extra,
    })
    .superRefine((record, context) => {
      // Typed loosely: the extra fields make the record's type generic.
      const credit = record as { licence: Licence; holder?: string };
      if (credit.licence === PERMISSION && !credit.holder) {
        context.addIssue({
          code: 'custom',
          path: ['holder'],
          message: 'a picture used with permission names who gave it: add `holder: …` (the person or agency that holds the rights)',
        });
      }
    });

/** media.yaml as the content check reads it: the credits of the pictures in an entry folder. */
export const mediaFileSchema = z.strictObject({ pictures: z.array(pictureCredit()).min(1) });

/**
 * media.yaml as the build reads it: each record also gets `image`, its file processed by Astro
 * (`image` is the collection's image() helper), while `file` keeps the name the entry writes.
 */
export const mediaCollectionSchema = <I extends z.ZodType>(image: I) =>
  z.preprocess(
    (data) => {
      const pictures = (data as { pictures?: unknown } | null)?.pictures;
      if (!Array.isArray(pictures)) return data;
      return { pictures: pictures.map((p: unknown) => (p && typeof p === 'object' ? { ...p, image: (p as { file?: unknown }).file } : p)) };
    },
    z.strictObject({ pictures: z.array(pictureCredit({ image })).min(1) }),
  );

/** Whether journalists may take the picture from the press page. @example mayGoToPress({ licence: 'CC-BY-4.0' }) // true */
export function mayGoToPress(credit: { licence: Licence; press?: boolean | undefined }): boolean {
  return credit.press ?? credit.licence !== PERMISSION;
}
