import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { dateSchema, idSchema, sourceSchema, webAddressSchema } from './common';

/** A name in several languages: vi and en required, the others optional (they fall back to en). */
const localizedName = z
  .strictObject(Object.fromEntries(localeCodes.map((code) => [code, z.string().min(1).optional()])))
  .refine((names) => Boolean(names.vi && names.en), 'give at least the `vi` and `en` names')
  .transform((names) => names as Partial<Record<Locale, string>> & { vi: string; en: string });

/** A name in every language of the portal. */
export const completeName = z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, z.string().min(1)])) as Record<Locale, z.ZodString>);

/** content/data/places.yaml: a unit of local government, current or former. */
export const placeSchema = z.strictObject({
  id: idSchema,
  /** `abroad`: a place outside Vietnam where an event took place (a partner's territory). */
  kind: z.enum(['province', 'former-province', 'ward', 'commune', 'former-city', 'former-town', 'former-township', 'former-district', 'abroad']),
  /** First day the unit existed in this form. Optional. */
  validFrom: dateSchema.optional(),
  /** Last day the unit existed in this form. Optional (still exists). */
  validUntil: dateSchema.optional(),
  /** Id of the unit it belonged to. Optional. */
  partOf: idSchema.optional(),
  name: localizedName,
});

/** content/data/sectors.yaml: an economic sector. */
export const sectorSchema = z.strictObject({ id: idSchema, name: completeName });

/** The readers a contact point serves: investors, visitors, journalists, partner provinces. */
export const contactAudiences = ['investors', 'visitors', 'press', 'partners'] as const;

/** content/data/contacts.yaml: an agency's public contact point. Only publicly verifiable details. */
export const contactSchema = z.strictObject({
  id: idSchema,
  name: localizedName,
  /** Id from places.yaml. Optional. */
  place: idSchema.optional(),
  address: z.string().optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ().-]{6,}$/)
    .optional(),
  email: z.email().optional(),
  website: webAddressSchema.optional(),
  /** A page of the agency's website where the public can write to it (a contact form). Optional. */
  contactPage: webAddressSchema.optional(),
  /** Who the contact point serves on the portal: it is shown on their pages. Default none. */
  audiences: z.array(z.enum(contactAudiences)).default([]),
  validFrom: dateSchema.optional(),
  validUntil: dateSchema.optional(),
  illustrative: z.boolean().default(false),
  sources: z.array(sourceSchema).min(1),
});

export type Contact = z.output<typeof contactSchema>;

/** content/data/destinations.yaml: a place visitors go to, with public coordinates, for the trip map. */
export const destinationSchema = z.strictObject({
  id: idSchema,
  name: localizedName,
  /** What the place is. */
  kind: z.enum(['terraces', 'lake', 'pass', 'peak', 'valley', 'tea-hills', 'temple', 'market', 'village', 'historic-site', 'town']),
  /** Latitude and longitude in degrees, as a public source gives them. */
  coordinates: z.tuple([z.number().min(20).max(23.5), z.number().min(102).max(106)]),
  /**
   * What the coordinates mark: the place itself, or the centre of the area it lies in (a former
   * district's centre, when no source gives a point of the place). Default `place`.
   */
  marks: z.enum(['place', 'area-centre']).default('place'),
  /** Id from places.yaml: the former district it lies in. */
  place: idSchema,
  /** The portal's article about it: `<topic>/<slug>` of an article, e.g. `tourism/thac-ba-lake`. Optional. */
  article: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9-]+$/)
    .optional(),
  sources: z.array(sourceSchema).min(1),
});
