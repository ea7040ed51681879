/** Output: the machine, the results as one object, and the tables `npm run bench` prints. */
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales';
import { collections } from './harvest.ts';
import type { PageWeight } from './measure.ts';
import type { BuildProfile, ProfileRow } from './profile.ts';
import type { BuildRun } from './runBuild.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Bytes as megabytes, one decimal. */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Bytes as gigabytes, two decimals. */
export const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
/** Seconds, one decimal. */
export const s = (seconds: number) => `${seconds.toFixed(1)} s`;

function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => (align[c] === 'r' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, c) => (align[c] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

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
  };
}
type RunSummary = ReturnType<typeof summary>;

/** CPU seconds and how much of the machine they are: 2 cores for 10 s of wall time is 20 s. */
function cpu(run: RunSummary): string {
  if (run.cpuSeconds === undefined) return 'n/a (no /usr/bin/time)';
  return `${s(run.cpuSeconds)} (${((run.cpuSeconds / run.seconds) * 100).toFixed(0)}% of one core on average)`;
}

/** Load average over 1, 5 and 15 minutes, two decimals. */
export const currentLoad = () => loadavg().map((l) => Number(l.toFixed(2)));

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
        ['second build, nothing changed', `${s(warm.seconds)} (${result.warm.ratioToCold.toFixed(2)}× cold)`],
        ['CPU time, second build', cpu(warm)],
        ['peak memory, second build', `${gb(warm.peakRss)} (${warm.peakProcesses})`],
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
        ['phase', 'cold', 'second'],
        ...cold.phases.map((p) => [p.name, s(p.seconds), s(warm.phases.find((w) => w.name === p.name)?.seconds ?? 0)]),
        ['total', s(cold.seconds), s(warm.seconds)],
      ],
      ['l', 'r', 'r'],
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
