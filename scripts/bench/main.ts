/**
 * Build benchmark: generates a synthetic content tree of N entries across every collection, builds
 * the portal from it (Pagefind included), builds it a second time with nothing changed, and prints
 * build time, peak memory, output sizes and the bytes each page type sends.
 *
 * Usage: npm run bench -- [--entries 100] [--format mdx|md] [--compare] [--profile] [--no-search] [--keep] [--json]
 *   --entries N  entries to generate (default 100; each entry is a page in all 8 locales)
 *   --format md  write the language files as .md instead of .mdx (measures what MDX costs)
 *   --compare    also build, cold and in the same run, the same pages as a bare Astro site (one MDX
 *                collection, a minimal layout, Pagefind) and, when `hugo` is on PATH, as a Hugo site
 *                with Pagefind; print each one's time, CPU, memory and bytes, and the portal's ratios
 *   --no-search  skip the search-speed measurement (headless Chromium, cold and warm queries)
 *   --profile    run the cold build under the V8 CPU profiler and print the main thread's self time
 *                by package and by function, for the whole build and for page generation alone
 *   --keep       keep the temporary folder (content, dist, build logs, cache) and print its path
 *   --json       print the results as JSON instead of the table
 *
 * The synthetic entries are made from the real ones under content/: entry i copies the facts and
 * word fields of a real entry (so ids, enums and per-language lists stay valid) under a new slug and
 * title, keeps the real entry's set of languages (vi and en always; fr, ja, lo and a few others for a
 * share of them), and gets a body of real paragraphs of its language, reshuffled, with links to other
 * synthetic entries. One entry in ten gets its own 1600×1000 PNG. Everything is seeded: the same N
 * and the same content/ give the same tree.
 *
 * The build runs in a copy of the project inside the temporary folder (src/, public/, astro.config.ts,
 * tsconfig.json, package.json, scripts/build.ts and scripts/after-astro.ts, and a node_modules/ of links to the real packages), so that it has
 * its own `.astro/` (Astro writes the prerender bundle there: two builds in one folder at the same
 * time break each other) and its own Astro cache, `node_modules/.astro/` (content data store and
 * optimised images): the cold build starts with that cache empty, the second build keeps it, and the
 * work tree's own folders are never touched. It also measures the code as it was when the run began.
 * Never part of `npm test`: a 1,250-entry run builds about 10,000 pages.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales';
import { entryPath } from '../../src/lib/entryPath';
import { buildReferences } from './compare.ts';
import { referencePages } from './referenceContent.ts';
import { measureSearch } from './searchSpeed.ts';
import { parseArgs } from './args.ts';
import { generate } from './generate.ts';
import { collections } from './harvest.ts';
import { GZIP_LEVEL, measureOutput, sizeOf } from './measure.ts';
import { mirrorProject } from '../support/mirrorProject.ts';
import { codeFingerprint } from './codeFingerprint.ts';
import { root } from './paths.ts';
import { profileOfBuild } from './profile.ts';
import { currentLoad } from './processTree.ts';
import { gb, mb, s } from './format.ts';
import { machine, printReport, summary, type BenchResult } from './report.ts';
import { runBuild } from './runBuild.ts';

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'portal-bench-'));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  const site = join(work, 'site');
  const cacheDir = join(site, 'node_modules', '.astro');
  const say = (text: string) => !options.json && console.log(text);
  const date = new Date().toISOString();
  const before = machine();
  try {
    say(`Generating ${options.entries} entries in ${contentDir} …`);
    const genStart = performance.now();
    const generated = await generate(contentDir, options.entries, options.format);
    const generateSeconds = (performance.now() - genStart) / 1000;
    const perLocale = Object.fromEntries(localeCodes.map((l) => [l, generated.entries.filter((e) => e.locales.includes(l)).length]));
    const perCollection = Object.fromEntries(collections.map((c) => [c, generated.entries.filter((e) => e.collection === c).length]));
    say(`  ${generated.mdxFiles} language files, ${generated.images} PNG images (${mb(generated.imageBytes)}) in ${s(generateSeconds)}`);

    mirrorProject(root, site);
    const code = codeFingerprint(site);
    rmSync(cacheDir, { recursive: true, force: true });
    say('Cold build (empty Astro cache) …');
    const profileDir = options.profile ? join(work, 'profile') : undefined;
    const cold = await runBuild('cold', work, site, contentDir, outDir, profileDir);
    const profile = profileDir ? profileOfBuild(profileDir, cold.phaseStarts) : undefined;
    say(`  ${s(cold.seconds)}, ${cold.pagesBuilt} pages, peak ${gb(cold.peakRss)}`);

    // Measure the output of the cold build before the second build rewrites it.
    const { files, htmlPages, distBytes, pagefindFiles, pagefindBytes, indexedPages, imageFiles, pages } = measureOutput(outDir, generated.entries);

    say('Second build (nothing changed, Astro cache kept) …');
    const warm = await runBuild('warm', work, site, contentDir, outDir);
    say(`  ${s(warm.seconds)}, peak ${gb(warm.peakRss)}`);

    // What an editor waits for between saving a text and seeing it built: one entry's English text changed.
    const edited = generated.entries.find((e) => e.collection === 'articles' && !e.image) ?? generated.entries[0]!;
    const sentence = `A sentence added for the rebuild benchmark (${Date.now()}).`;
    appendFileSync(join(contentDir, edited.collection, edited.slug, `en.${options.format}`), `\n${sentence}\n`);
    say('Third build (one entry changed) …');
    const changed = await runBuild('changed', work, site, contentDir, outDir);
    const editedPage = join(outDir, entryPath(edited, 'en'), 'index.html');
    if (!readFileSync(editedPage, 'utf8').includes(sentence)) throw new Error(`The changed entry's page ${editedPage} does not show the change.`);
    say(`  ${s(changed.seconds)}, peak ${gb(changed.peakRss)}`);

    let search;
    if (options.search) {
      say('Search speed (headless Chromium, served with gzip) …');
      search = await measureSearch(outDir);
    }
    const references = options.compare
      ? await buildReferences(root, work, referencePages(contentDir, generated.entries, htmlPages, options.format), say)
      : undefined;
    say('');
    const loadAfter = currentLoad();

    const result: BenchResult = {
      date,
      machine: before,
      loadAfter,
      code,
      entries: options.entries,
      format: options.format,
      entriesPerCollection: perCollection,
      entriesPerLocale: perLocale,
      languageFiles: generated.mdxFiles,
      images: generated.images,
      imageBytes: generated.imageBytes,
      generateSeconds,
      pages: htmlPages,
      pagesBuilt: cold.pagesBuilt,
      indexedPages,
      cold: { ...summary(cold, htmlPages) },
      warm: { ...summary(warm, htmlPages), ratioToCold: warm.seconds / cold.seconds },
      changed: { ...summary(changed, htmlPages), ratioToCold: changed.seconds / cold.seconds, path: entryPath(edited, 'en') },
      search,
      references,
      distBytes,
      files: files.length,
      optimisedImages: { files: imageFiles.length, bytes: sizeOf(imageFiles) },
      pagefind: {
        bytes: pagefindBytes,
        files: pagefindFiles.length,
        bytesPerPage: pagefindBytes / htmlPages,
        bytesPerIndexedPage: indexedPages ? pagefindBytes / indexedPages : 0,
      },
      gzipLevel: GZIP_LEVEL,
      pageWeights: pages,
      profile,
      folder: options.keep ? work : undefined,
    };

    if (options.json) console.log(JSON.stringify(result, null, 2));
    else printReport(result);
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
