/** Output: the machine, the results as one object, and the tables `npm run bench` prints. */
import { cpus, freemem, totalmem } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales';
import { collections } from './harvest.ts';
import type { ReferenceRun } from './compare.ts';
import type { PageWeight } from './measure.ts';
import { comparisonTables, gb, kb, loadText, mb, ms, ratio, s, table, type SiteFigures } from './format.ts';
import { currentLoad } from './processTree.ts';
import { median, type SearchBreakdown, type SearchSpeed } from './searchSpeed.ts';
import type { BuildProfile, ProfileRow } from './profile.ts';
import type { BuildRun } from './runBuild.ts';

/** The figures of one build that the results keep. */
export function summary(run: BuildRun, pages: number) {
  return {
    seconds: run.seconds,
    secondsPer1000Pages: (run.seconds / pages) * 1000,
    cpuSeconds: run.cpuSeconds,
    peakRss: run.peakRss,
    peakProcesses: run.peakProcesses,
    maxProcessRss: run.maxProcessRss,
    phases: run.phases,
    warnings: run.warnings,
    load: run.load,
  };
}
type RunSummary = ReturnType<typeof summary>;

/** CPU seconds and how much of the machine they are: 2 cores for 10 s of wall time is 20 s. */
function cpu(run: { cpuSeconds?: number | undefined; seconds: number }): string {
  if (run.cpuSeconds === undefined) return 'n/a (no /usr/bin/time)';
  return `${s(run.cpuSeconds)} (${((run.cpuSeconds / run.seconds) * 100).toFixed(0)}% of one core on average)`;
}

/** The processor, memory, Node version and load of this machine, now. */
export function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: totalmem(),
    freeMemory: freemem(),
    node: process.version,
    load: currentLoad(),
  };
}

/** Everything a run found; printed as the tables, or as JSON with --json. */
export interface BenchResult {
  date: string;
  machine: ReturnType<typeof machine>;
  loadAfter: number[];
  code: string;
  entries: number;
  format: 'mdx' | 'md';
  entriesPerCollection: Record<string, number>;
  entriesPerLocale: Record<string, number>;
  languageFiles: number;
  images: number;
  imageBytes: number;
  generateSeconds: number;
  pages: number;
  pagesBuilt: number;
  indexedPages: number;
  cold: RunSummary;
  warm: RunSummary & { ratioToCold: number };
  /** The build after one entry's text changed: what an editor waits for. */
  changed: RunSummary & { ratioToCold: number; path: string };
  search: SearchSpeed | undefined;
  /** --compare: the floor and Hugo, cold. */
  references: ReferenceRun[] | undefined;
  distBytes: number;
  files: number;
  optimisedImages: { files: number; bytes: number };
  pagefind: { bytes: number; files: number; bytesPerPage: number; bytesPerIndexedPage: number };
  gzipLevel: number;
  pageWeights: PageWeight[];
  profile: BuildProfile | undefined;
  /** The temporary folder, when --keep kept it. */
  folder: string | undefined;
}

/** Prints the results as the tables of BENCHMARKS.md. */
export function printReport(result: BenchResult): void {
  const { cold, warm, machine: m, entriesPerCollection: perCollection, entriesPerLocale: perLocale, pageWeights: pages, profile } = result;
  console.log(`Portal build benchmark, ${result.date.slice(0, 16).replace('T', ' ')} UTC`);
  console.log(
    `${m.cores} cores (${m.cpu}), ${gb(m.memory)} memory, Node ${m.node}, load average (1/5/15 min) before ${m.load.join(' / ')}, after ${result.loadAfter.join(' / ')}`,
  );
  console.log(`Code built: ${result.code} (sha256 of src/, astro.config.ts, package.json, tsconfig.json as copied at the start)\n`);
  console.log(
    table(
      [
        ['measure', 'value'],
        ['entries', `${result.entries} (${collections.map((c) => `${c} ${perCollection[c]}`).join(', ')})`],
        [`language files (.${result.format})`, `${result.languageFiles} (${localeCodes.map((l) => `${l} ${perLocale[l]}`).join(', ')})`],
        [
          'images (1600×1000 PNG)',
          `${result.images} (${mb(result.imageBytes)}); ${result.optimisedImages.files} optimised files out (${mb(result.optimisedImages.bytes)})`,
        ],
        ['pages (HTML files)', `${result.pages} (${result.indexedPages} real translations indexed by Pagefind)`],
        ['cold build (empty cache, Pagefind included)', s(cold.seconds)],
        ['seconds per 1,000 pages (cold)', s(result.cold.secondsPer1000Pages)],
        ['CPU time, cold (user + system)', cpu(cold)],
        ['peak memory, cold (RSS of the build process tree)', `${gb(cold.peakRss)} (${cold.peakProcesses})`],
        ...(cold.maxProcessRss ? [['largest single process, cold (GNU time: astro build, Pagefind…)', gb(cold.maxProcessRss)]] : []),
        ['second build, nothing changed', `${s(warm.seconds)} (${ratio(warm.seconds, cold.seconds)} cold)`],
        ['CPU time, second build', cpu(warm)],
        ['peak memory, second build', `${gb(warm.peakRss)} (${warm.peakProcesses})`],
        ['third build, one entry changed', `${s(result.changed.seconds)} (${ratio(result.changed.seconds, cold.seconds)} cold; ${result.changed.path})`],
        ['CPU time, third build', cpu(result.changed)],
        [
          'machine load (1 min) before → highest during → after, builds 1 / 2 / 3',
          `${loadText(cold.load)} / ${loadText(warm.load)} / ${loadText(result.changed.load)}`,
        ],
        ['dist size', `${mb(result.distBytes)} in ${result.files} files`],
        [
          'search index (dist/pagefind)',
          `${mb(result.pagefind.bytes)} in ${result.pagefind.files} files: ${kb(result.pagefind.bytesPerPage)} per page, ${kb(result.pagefind.bytesPerIndexedPage)} per indexed page`,
        ],
        ['warnings in the build log', String(cold.warnings)],
      ],
      ['l', 'r'],
    ),
  );
  console.log(`\nWhere the time goes (from the build log, timed as lines arrive)\n`);
  console.log(
    table(
      [
        ['phase', 'cold', 'second', 'one changed'],
        ...cold.phases.map((p) => [
          p.name,
          s(p.seconds),
          s(warm.phases.find((w) => w.name === p.name)?.seconds ?? 0),
          s(result.changed.phases.find((w) => w.name === p.name)?.seconds ?? 0),
        ]),
        ['total', s(cold.seconds), s(warm.seconds), s(result.changed.seconds)],
      ],
      ['l', 'r', 'r', 'r'],
    ),
  );
  console.log(
    `\nBytes per page type (HTML + the CSS it links + the JS it loads, static imports followed; gzip level ${result.gzipLevel}, each file on its own; JS includes inline scripts, which the total counts once, in the HTML; images and fonts not counted)\n`,
  );
  console.log(
    table(
      [
        ['page type', 'path', 'HTML raw', 'HTML gz', 'CSS raw', 'CSS gz', 'JS raw', 'JS gz', 'total gz'],
        ...pages.map((p) => [p.type, p.path, kb(p.html.raw), kb(p.html.gz), kb(p.css.raw), kb(p.css.gz), kb(p.js.raw), kb(p.js.gz), kb(p.totalGz)]),
      ],
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  if (result.search) printSearch(result.search);
  if (result.references) printComparison(result);
  if (profile) {
    const rows = (list: ProfileRow[]) => list.map((r) => [r.name, s(r.seconds), `${(r.share * 100).toFixed(1)}%`]);
    console.log(`\nCPU profile of the cold build's main thread (self time; the profiler slows the build, so compare shares, not seconds): ${profile.file}\n`);
    console.log(table([['whole build, by package or file', 'self', 'share'], ...rows(profile.whole.byOwner)], ['l', 'r', 'r']));
    console.log('');
    console.log(table([['page generation only, by package or file', 'self', 'share'], ...rows(profile.pageGeneration.byOwner)], ['l', 'r', 'r']));
    console.log('');
    console.log(table([['page generation only, by function', 'self', 'share'], ...rows(profile.pageGeneration.byFunction)], ['l', 'r', 'r']));
  }
  if (result.folder) console.log(`\nKept: ${result.folder} (content/, dist/, site/ with its Astro cache, build-cold.log, build-warm.log)`);
}

function printSearch(search: SearchSpeed): void {
  console.log(`\nSearch speed (${search.path}, headless Chromium, served with gzip; ${search.results} results shown for "${search.coldQuery}")\n`);
  console.log(
    table(
      [
        ['measure', 'median', 'each run'],
        [`cold: "${search.coldQuery}" in a fresh browser, navigation to first result`, ms(median(search.coldMs)), search.coldMs.map(ms).join(', ')],
        ['cold: from DOMContentLoaded (the page script starts) to first result', ms(median(search.coldAfterDomMs)), search.coldAfterDomMs.map(ms).join(', ')],
        [
          `warm: the next query on the same page (${search.warmQueries.map((q) => `"${q}"`).join(', ')})`,
          ms(median(search.warmMs)),
          search.warmMs.map(ms).join(', '),
        ],
      ],
      ['l', 'r', 'l'],
    ),
  );
  const steps: [keyof SearchBreakdown, string][] = [
    ['importInit', 'import(pagefind.js) + init() (starts its Web Worker)'],
    ['filters', 'filters(), the first call: entry, metadata, WebAssembly, filter chunks'],
    ['search', `search("${search.coldQuery}") (index chunks, ranking)`],
    ['firstData', 'first result data() (its fragment)'],
    ['restData', 'data() of results 2–30'],
  ];
  console.log(
    `\nThe cold search taken apart: Pagefind's API called step by step in a fresh browser, the page's language only (median of ${search.breakdown.length})\n`,
  );
  console.log(
    table(
      [
        ['step', 'median', 'each run'],
        ...steps.map(([key, label]) => [label, ms(median(search.breakdown.map((b) => b[key]))), search.breakdown.map((b) => ms(b[key])).join(', ')]),
      ],
      ['l', 'r', 'l'],
    ),
  );
  console.log('\nWhat the median cold search fetched from /pagefind/ (ms after navigation start)\n');
  console.log(
    table(
      [
        ['files', 'count', 'bytes on the wire', 'first starts', 'last ends'],
        ...search.groups.map((g) => [g.name, String(g.files), kb(g.bytes), ms(g.start), ms(g.end)]),
      ],
      ['l', 'r', 'r', 'r', 'r'],
    ),
  );
}

function printComparison(result: BenchResult): void {
  const { cold } = result;
  const portal: SiteFigures = {
    name: 'the portal',
    pages: result.pages,
    seconds: cold.seconds,
    cpuSeconds: cold.cpuSeconds,
    peakRss: cold.peakRss,
    distBytes: result.distBytes,
    steps: 'astro build; sitemap ‖ Pagefind, OG images',
    load: cold.load,
  };
  const references = result.references!.map((r): SiteFigures => ({
    name: `${r.name}, ${r.version}`,
    pages: r.pages,
    seconds: r.run.seconds,
    cpuSeconds: r.run.cpuSeconds,
    peakRss: r.run.peakRss,
    distBytes: r.distBytes,
    steps: r.run.steps.map((step) => `${step.name} ${s(step.seconds)}`).join(', '),
    load: r.run.load,
  }));
  const { figures, ratios } = comparisonTables(portal, references);
  console.log('\nCompared in the same run: cold builds with search index, the same pages (peak memory: the whole process tree)\n');
  console.log(table(figures, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l']));
  console.log('');
  console.log(table(ratios, ['l', 'r', 'r', 'r', 'r', 'r']));
}
