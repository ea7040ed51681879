import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from '../config/contentDir';
import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import type { LocalizedEntry } from '../lib/localizedEntries';

/** A video the portal hosts itself, with the captions beside it, and where the build publishes them. */
export interface HostedVideo {
  /** The public address of the video file (`/videos/<slug>/report.mp4`). */
  src: string;
  type: 'video/mp4' | 'video/webm';
  /** The file in content/. */
  path: string;
  captions: { locale: Locale; src: string; path: string }[];
}

/**
 * The hosted video of a report (`file: ./report.mp4` in its vi.mdx) and its WebVTT captions, in
 * the order of the portal's languages; undefined for a report played from its host or linked to.
 * The content check has already required the file and refused captions without one.
 */
export function hostedVideo(entry: LocalizedEntry<'videos'>): HostedVideo | undefined {
  const name = entry.facts.file?.replace(/^\.\//, '');
  if (!name) return undefined;
  const dir = resolve(contentDir, 'videos', entry.slug);
  const base = `/videos/${entry.slug}`;
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const captions = localeCodes
    .filter((code) => files.includes(`${code}.vtt`) && isLocale(code))
    .map((locale) => ({ locale, src: `${base}/${locale}.vtt`, path: resolve(dir, `${locale}.vtt`) }));
  return { src: `${base}/${name}`, type: name.toLowerCase().endsWith('.webm') ? 'video/webm' : 'video/mp4', path: resolve(dir, name), captions };
}
