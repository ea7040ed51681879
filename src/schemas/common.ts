import { z } from 'astro/zod';
import { checkUrl } from '../util/safeUrl';

/** URL-safe id: lower-case ASCII words joined by hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "mu-cang-chai"');

/** The address of a public web page: `https://…` or `http://…` with a host, nothing else (src/util/safeUrl.ts). */
export const webAddressSchema = z.string().refine((url) => {
  const verdict = checkUrl(url);
  return verdict.ok && verdict.kind === 'web' && URL.canParse(url);
}, 'write the address of a web page, starting with https:// (or http://)');

/** A public page a fact comes from. */
export const sourceSchema = z.strictObject({
  /** What the page is, in its own language. */
  title: z.string().min(3),
  /** The public address of the page. */
  url: webAddressSchema,
});

/** A calendar date written as YYYY-MM-DD in YAML (YAML parses it to a Date). */
export const dateSchema = z.coerce.date();

/**
 * Publishing flags every collection shares. All are language-neutral: written once, in the vi file.
 */
export const publishingFields = {
  /** `true` keeps the entry out of the public build; `npm run dev` shows it with a banner. Default false. */
  draft: z.boolean().default(false),
  /** Embargo: the entry is published from this day on. Default: published now. */
  publishDate: dateSchema.optional(),
  /** Old slugs of this entry that must keep working (static redirects). Default none. */
  redirectFrom: z.array(idSchema).default([]),
  /** `true` for an example that only illustrates a feature; it is labelled on every page. Default false. */
  illustrative: z.boolean().default(false),
  /** Public sources of the entry's facts (at least one). */
  sources: z.array(sourceSchema).min(1, 'list at least one public source (title and url)'),
};

/** A picture file of the entry's folder, written as in Markdown: `./terraces.jpg`. */
export const pictureFileSchema = z
  .string()
  .regex(/^\.\/[^/\\]+\.(?:jpe?g|png|webp|avif)$/i, 'write the file name as ./file-name.jpg (JPEG, PNG, WebP or AVIF, in this folder)');

/** A picture at the top of the entry's page, language-neutral (vi file), credited in media.yaml. */
export const coverField = {
  /** A picture of this folder shown at the top of the page (credited in media.yaml). Optional. */
  cover: pictureFileSchema.optional(),
};

/** Words every language file carries. */
export const wordFields = {
  /** The page title (≤ 110 characters; aim for 70). */
  title: z.string().min(3).max(110),
  /** One or two sentences for cards, search results and social previews (≤ 260 characters). */
  description: z.string().min(20).max(260),
  /** Warnings of `npm run check` this file accepts: a phrase of the sentence, and why it is right as it is. Default none. */
  acceptedWarnings: z.array(z.strictObject({ text: z.string().min(3), reason: z.string().min(10) })).default([]),
};

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the date a figure describes, only as precise as its source. */
export const asOfSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source');
