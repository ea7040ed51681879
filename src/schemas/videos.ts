import { z } from 'astro/zod';
import { dateSchema, pictureFileSchema, publishingFields, webAddressSchema, wordFields } from './common';

/** Hosts whose players the portal can embed, each from its privacy-enhanced address (src/lib/videoHosts.ts). */
export const videoHostNames = ['youtube'] as const;

/**
 * A video report or documentary about the province, published by its producer (a broadcaster's
 * page, a video platform). Facts in the vi file; each language file carries the title, the
 * description and, as its text, the transcript in that language.
 */
export const videoNeutral = z.strictObject({
  /** The day the producer published the report. */
  date: dateSchema,
  /** Length as the producer gives it, `m:ss` or `h:mm:ss`. Optional: left out when not published. */
  duration: z
    .string()
    .regex(/^(?:\d+:[0-5]\d|\d+:[0-5]\d:[0-5]\d)$/, 'write the length as published, m:ss or h:mm:ss (e.g. 4:12)')
    .optional(),
  /** Who made and published it: the broadcaster or agency, as it names itself. */
  producer: z.string().trim().min(2),
  /** The public address of the report on the producer's page or platform. */
  url: webAddressSchema,
  /** The language spoken in the report (BCP 47: en, fr, vi…). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'write a language tag such as en, fr or vi'),
  /** The player the portal may embed: the host and the video's id there. Optional: without it, readers follow the link. */
  embed: z
    .strictObject({
      host: z.enum(videoHostNames),
      /** The id in the host's address (`https://www.youtube.com/watch?v=<id>`). */
      id: z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'write the 11-character id from the address of the video (watch?v=…)'),
    })
    .optional(),
  /**
   * The video file itself, when the portal hosts it (`./report.mp4` or `.webm` in this folder),
   * played by the browser's own player, with WebVTT captions `<lang>.vtt` beside it. Optional;
   * never together with `embed`.
   */
  file: z
    .string()
    .regex(/^\.\/[^/\\]+\.(?:mp4|webm)$/, 'write the file name as ./report.mp4 (MP4 or WebM, in this folder)')
    .optional(),
  /** A picture of this folder shown before the reader presses play, credited in media.yaml. Optional. */
  poster: pictureFileSchema.optional(),
  ...publishingFields,
});

/** Words of each language file: title and description of the report in that language. */
export const videoWords = z.strictObject({ ...wordFields });

export type VideoNeutral = z.output<typeof videoNeutral>;
