import { performance } from 'node:perf_hooks';
import { readBuiltPageHeads } from './builtPages';
import type { Logger } from '../util/logger';
import { writeOpenGraphImages } from './openGraphImages';
import { buildSearchIndex } from './searchIndex';
import { writeSitemap } from './sitemap';

/**
 * The steps that read the finished HTML: the sitemap, the search index and the Open Graph images.
 * They run after `astro build` has exited rather than in its `astro:build:done` hook, where Astro
 * still held its whole heap (2.9 GB at 8,000 pages) while Pagefind's indexer added its own
 * (1.6 GB at 10,000 pages): apart, the peaks do not add up. For the same reason the images (worker
 * threads, 2.4 GB at 10,000 pages) wait for Pagefind; the sitemap runs beside Pagefind.
 */
export async function afterAstro({ root, site, origin, log }: { root: string; site: string; origin: string; log: (line: string) => void }): Promise<void> {
  const start = performance.now();
  const seconds = () => `${((performance.now() - start) / 1000).toFixed(1)} s`;
  const logger = (step: string): Logger => ({
    info: (message) => log(`  ${step}: ${message} (${seconds()})`),
    warn: (message) => log(`  ${step} warning: ${message}`),
  });
  // Every page is read once, for the sitemap and the images alike.
  const pages = readBuiltPageHeads(site);
  await Promise.all([
    pages.then((heads) => writeSitemap({ site, origin, pages: heads, logger: logger('sitemap') })),
    buildSearchIndex(site, logger('Pagefind')),
  ]);
  await writeOpenGraphImages({ root, site, pages: await pages, logger: logger('Open Graph') });
  log(`${new Date().toTimeString().slice(0, 8)} [portal:after-astro] sitemap, search index, then Open Graph images in ${seconds()}`);
}
