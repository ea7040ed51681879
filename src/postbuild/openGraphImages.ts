import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCacheDir } from './openGraph/cache';
import { imageJobs } from './openGraph/jobs';
import type { BuiltPageHead } from './builtPages';
import type { Logger } from '../util/logger';
import { writeImages } from './openGraph/write';

/**
 * Writes an Open Graph image (1200×630 PNG) for every built page into <site>/og/: the page's title
 * in its own script, the site's name in that script, and the page's section (or the tagline).
 *
 * Each page names its image in `<meta property="og:image">` (BaseLayout: `ogImagePath()` of the
 * canonical path, so a fallback page shares the image of the page it shows). From every page's head
 * it renders one image per distinct og:image, from the page that is its own canonical
 * (a real translation). Text is laid out by satori with font files from npm packages (Be Vietnam
 * Pro for Latin and Vietnamese, Noto Sans JP / KR / SC / Lao); satori writes the glyphs as paths, so
 * rasterising with sharp needs no font installed on the machine. Images are cached in
 * node_modules/.cache/portal-og/: a rebuild with nothing changed renders nothing.
 *
 * The work is in src/postbuild/openGraph/ (page heads → jobs → fonts, template → render → cache, write).
 */
export async function writeOpenGraphImages({
  root,
  site,
  pages,
  logger,
}: {
  root: string;
  site: string;
  pages: readonly BuiltPageHead[];
  logger: Logger;
}): Promise<void> {
  await writeImages({
    root,
    outDir: site,
    cacheDir: defaultCacheDir(root),
    favicon: await readFile(join(root, 'public', 'favicon.svg'), 'utf8'),
    jobs: imageJobs(pages),
    logger,
  });
}
