import { copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { eachLimited } from '../../util/eachLimited';
import type { Logger } from '../../util/logger';
import { cachedImagePath, isCached, storeInCache } from './cache';
import { prepareFonts } from './fonts';
import type { OgImageJob } from './jobs';
import { renderContext, renderImage } from './render';

/** Images rendered at once: satori runs on the main thread while sharp encodes the previous one. */
const CONCURRENCY = 2;
/** Cached images copied into the output at once (file copies only). */
const COPY_CONCURRENCY = 16;
/** Below this many images, starting worker threads (each loads its fonts) costs more than it saves. */
const WORKER_THRESHOLD = 60;

export interface WriteImagesOptions {
  /** The project's root, where the font packages are installed. */
  root: string;
  /** The built site (dist/): each image goes to its job's path under it. */
  outDir: string;
  /** Where rendered images are kept between builds (see defaultCacheDir()). */
  cacheDir: string;
  /** The site's public/favicon.svg: its paths are the logo drawn on every image. */
  favicon: string;
  jobs: readonly OgImageJob[];
  logger?: Logger;
}

/** A share of the images to render: the jobs and the cache files they go to. */
export interface BatchInput {
  root: string;
  favicon: string;
  items: { job: OgImageJob; cached: string }[];
}

/** Renders a batch into the cache; returns the warnings (characters no font has). */
export async function renderBatch({ root, favicon, items }: BatchInput): Promise<{ warnings: string[] }> {
  const context = renderContext(root, favicon);
  const fonts = await prepareFonts(
    context.files,
    items.map((k) => k.job),
  );
  // A character no font package has (an emoji, a rare ideograph) would be drawn as a box.
  const warnings = [...fonts.missing].map((char) => {
    const where = items.filter(({ job }) => [...job.title, ...job.subtitle].some((r) => r.text.includes(char))).map(({ job }) => job.path);
    return `no font has "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}): it shows as a box in ${where.join(', ')}`;
  });
  await eachLimited(items, CONCURRENCY, async ({ job, cached }) => {
    await storeInCache(cached, await renderImage(context, job, fonts.fontsFor(job)));
  });
  return { warnings };
}

/**
 * Renders a large batch in one worker thread per core, each with an equal share. The worker runs
 * TypeScript through the loader this process was started with (tsx), which it inherits.
 */
async function renderInWorkers(input: BatchInput, threads: number): Promise<{ warnings: string[] }> {
  const shares = Array.from({ length: threads }, (_, i) => input.items.filter((_, n) => n % threads === i));
  const results = await Promise.all(
    shares.map(
      (items) =>
        new Promise<{ warnings: string[] }>((done, fail) => {
          const worker = new Worker(new URL('./renderWorker.ts', import.meta.url), { workerData: { ...input, items } satisfies BatchInput });
          worker.once('message', done);
          worker.once('error', fail);
          worker.once('exit', (code) => code !== 0 && fail(new Error(`Open Graph worker stopped with code ${code}`)));
        }),
    ),
  );
  return { warnings: [...new Set(results.flatMap((r) => r.warnings))] };
}

/**
 * The images to render: one per cache file that does not exist yet. Pages that show the same
 * title, section and language share a cache file; it is rendered once and copied to each.
 */
async function staleRenders<T extends { cached: string }>(keyed: readonly T[]): Promise<T[]> {
  const distinct = [...new Map(keyed.map((k) => [k.cached, k])).values()];
  return (await Promise.all(distinct.map(async (k) => ((await isCached(k.cached)) ? undefined : k)))).filter((k) => k !== undefined);
}

/** Renders (or takes from the cache) every job's image into `outDir`. Needs no Astro: a plain Node script can call it after a build. */
export async function writeImages(options: WriteImagesOptions): Promise<{ total: number; rendered: number }> {
  const { root, outDir, cacheDir, jobs, logger } = options;
  const started = performance.now();
  await mkdir(cacheDir, { recursive: true });
  const keyed = jobs.map((job) => ({ job, cached: cachedImagePath(cacheDir, job, options.favicon) }));
  const stale = await staleRenders(keyed);
  if (stale.length > 0) {
    const batch: BatchInput = { root, favicon: options.favicon, items: stale };
    const threads = Math.min(availableParallelism(), 4);
    const { warnings } = stale.length >= WORKER_THRESHOLD && threads > 1 ? await renderInWorkers(batch, threads) : await renderBatch(batch);
    for (const warning of warnings) logger?.warn(warning);
  }
  await eachLimited(keyed, COPY_CONCURRENCY, async ({ job, cached }) => {
    const target = join(outDir, ...job.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(cached, target);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger?.info(`Open Graph images: ${jobs.length} (${stale.length} rendered, ${jobs.length - stale.length} from the cache) in ${seconds} s`);
  return { total: jobs.length, rendered: stale.length };
}
