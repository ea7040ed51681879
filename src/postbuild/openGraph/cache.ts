import { createHash, randomUUID } from 'node:crypto';
import { rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMPLATE_VERSION } from './design';
import type { OgImageJob } from './jobs';

/**
 * Rendered images are kept between builds under a hash of what they show (title, section,
 * language, site name, logo) and of TEMPLATE_VERSION: a rebuild with nothing changed renders nothing.
 */

/** Where the portal keeps its rendered images: node_modules/.cache/portal-og/ of the project. */
export function defaultCacheDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'portal-og');
}

/** The cache key: everything the image shows, the template's version and the logo it draws. */
function jobKey(job: OgImageJob, favicon: string): string {
  const { title, subtitle, siteName, locale } = job;
  return createHash('sha256')
    .update(JSON.stringify([TEMPLATE_VERSION, favicon, locale, siteName, title, subtitle]))
    .digest('hex')
    .slice(0, 32);
}

/** The cached PNG of a job. */
export function cachedImagePath(cacheDir: string, job: OgImageJob, favicon: string): string {
  return join(cacheDir, `${jobKey(job, favicon)}.png`);
}

export async function isCached(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes under a temporary name, then renames: a build that stops midway never leaves a
 * half-written image in the cache. The name is unique to this write, so that worker threads (one
 * process id) and builds running side by side never rename each other's file.
 */
export async function storeInCache(file: string, png: Buffer): Promise<void> {
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, file);
}
