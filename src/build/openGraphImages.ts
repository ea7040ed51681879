import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '../lib/openGraph/cache';
import { imageJobs } from '../lib/openGraph/jobs';
import { readBuiltPages } from '../lib/openGraph/pages';
import { writeImages } from '../lib/openGraph/write';

/**
 * Writes an Open Graph image (1200×630 PNG) for every built page into dist/og/: the page's title in
 * its own script, the site's name in that script, and the page's section (or the tagline).
 *
 * Each page names its image in `<meta property="og:image">` (BaseLayout: `/og` + the canonical path
 * + `.png`, so a fallback page shares the image of the page it shows). Once the HTML is written,
 * this hook reads every page's head and renders one image per distinct og:image, from the page
 * that is its own canonical (a real translation). Text is laid out by satori with font files from
 * npm packages (Be Vietnam Pro for Latin and Vietnamese, Noto Sans JP / KR / SC / Lao); satori
 * writes the glyphs as paths, so rasterising with sharp needs no font installed on the machine.
 * Images are cached in node_modules/.cache/portal-og/: a rebuild with nothing changed renders nothing.
 *
 * The work is in src/lib/openGraph/ (pages → jobs → fonts, template → render → cache, write),
 * none of it tied to Astro; this integration only wires it to the build.
 */
export function openGraphImages(): AstroIntegration {
  let root = '';
  let publicDir = '';
  return {
    name: 'portal:open-graph-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const jobs = imageJobs(await readBuiltPages(outDir));
        await writeImages({
          root,
          outDir,
          cacheDir: defaultCacheDir(root),
          favicon: await readFile(join(publicDir, 'favicon.svg'), 'utf8'),
          jobs,
          logger,
        });
      },
    },
  };
}
