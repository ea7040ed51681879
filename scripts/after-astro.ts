/**
 * The steps that read the finished HTML of a build: the sitemap, the Pagefind index and the Open
 * Graph images (src/postbuild/afterAstro.ts). `npm run build` runs this in a process of its own, with
 * a heap cap, once `astro build` has exited; it can also be run again on an existing build.
 * Usage: node --import tsx scripts/after-astro.ts [DIR]   (default dist/)
 */
import { resolve } from 'node:path';
import { afterAstro } from '../src/postbuild/afterAstro.ts';
import { configuredSiteOrigin } from '../src/config/siteOrigin.ts';

const root = resolve(import.meta.dirname, '..');
const site = resolve(root, process.argv[2] ?? 'dist');
await afterAstro({ root, site, origin: configuredSiteOrigin(), log: (line) => console.log(line) });
