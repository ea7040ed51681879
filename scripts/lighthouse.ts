/**
 * Lighthouse (mobile, simulated throttling: its default) on pages of the built portal; prints the
 * median of N runs per page and the audits that did not pass.
 *
 * Usage: npx tsx scripts/lighthouse.ts [--base URL] [--dist DIR] [--runs N] [paths...]
 *   --base URL  a running server (e.g. nginx with deploy/nginx/portal.conf). Default: the build is
 *               served here with gzip and the production cache headers, on a free loopback port.
 *   --dist DIR  the build to serve and to find the default article in (default dist/; a copy
 *               stays stable while dist/ is rebuilt).
 *   --runs N    runs per page (default 3). Scores vary from run to run, more so on a busy machine.
 *   paths       default: /en/ and the first English article found in dist/.
 *
 * Lighthouse is not a dependency of the project: install it to use this script
 * (`npm install --no-save lighthouse`). Chromium is found as the browser tests find it
 * (scripts/support/browser.ts: $CHROME_PATH, a system Chromium, else @sparticuz/chromium).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from './support/browser.ts';
import { serveStatic } from './support/staticServer.ts';

// --- The parts of Lighthouse's API used here -------------------------------------------------------
// Declared locally rather than imported from 'lighthouse' so that `astro check` passes whether or
// not it is installed.

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { items?: { items?: { node?: { nodeLabel?: string; snippet?: string } }[] }[] };
}

interface Result {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, Audit | undefined>;
}

type Lighthouse = (url: string, flags: { port: number; hostname: string; output: 'json'; logLevel: 'error' }) => Promise<{ lhr: Result } | undefined>;

async function loadLighthouse(): Promise<Lighthouse> {
  // A variable specifier: TypeScript does not look for the module, the script still loads without it.
  const specifier = 'lighthouse';
  try {
    const module = (await import(specifier)) as { default: Lighthouse };
    return module.default;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(`'${specifier}'`)) {
      console.error('Lighthouse is not installed. Run `npm install --no-save lighthouse` (about 185 MB, not a project dependency), then try again.');
      process.exit(1);
    }
    throw error;
  }
}

// --- Arguments ------------------------------------------------------------------------------------

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string' },
    dist: { type: 'string', default: join(import.meta.dirname, '..', 'dist') },
    runs: { type: 'string', default: '3' },
  },
});
const distDir = resolve(values.dist);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);

/** The first English article of the build (its JSON-LD says Article), sorted by path for a stable pick. */
function firstEnglishArticle(): string {
  const en = join(distDir, 'en');
  const pages = (readdirSync(en, { recursive: true }) as string[]).filter((file) => file.split(sep).length === 3 && file.endsWith(`${sep}index.html`)).sort();
  const article = pages.find((file) => readFileSync(join(en, file), 'utf8').includes('"@context":"https://schema.org","@type":"Article"'));
  if (!article) throw new Error(`No English article found in ${en}; name the pages to measure.`);
  return `/en/${article.split(sep).slice(0, 2).join('/')}/`;
}

// --- Serving dist/ like production ------------------------------------------------------------------
// Without compression and cache headers Lighthouse reports what nginx (deploy/nginx/portal.conf)
// already fixes; a plain static server would skew both the scores and the list of failed audits.

async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} holds no build: run \`npm run build\` first, or pass --base.`);
  return serveStatic(distDir, { production: true });
}

// --- Chromium ---------------------------------------------------------------------------------------
// Started here rather than with chrome-launcher (a dependency of Lighthouse, not of the project): a
// fresh profile per run, so that no run profits from the previous one's cache.

// A crash or Ctrl-C must not leave a browser running: 'exit' fires on
// uncaught errors, and on SIGINT/SIGTERM once they go through process.exit.
const browsers = new Map<ChildProcess, string>();
process.once('exit', () => {
  for (const [child, profile] of browsers) {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const { executablePath, args = [] } = await chromiumLaunchOptions();
  const profile = mkdtempSync(join(tmpdir(), 'portal-lighthouse-'));
  const headless = args.some((arg) => arg.startsWith('--headless')) ? [] : ['--headless=new'];
  const flags = [...args, ...headless, '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(executablePath, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
  browsers.set(child, profile);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    // Chromium's helper processes can still be writing there for a moment after it exits; a
    // leftover temporary folder is not worth losing the measurements for.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`Could not remove the Chromium profile ${profile}: ${(error as Error).message}`);
    }
    browsers.delete(child);
  };
  // Chromium prints the port it chose on stderr: "DevTools listening on ws://127.0.0.1:PORT/...".
  const port = await new Promise<number>((done, fail) => {
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start within 30 s:\n${stderr.slice(-2000)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium (${executablePath}) exited with code ${code}:\n${stderr.slice(-2000)}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { port, stop };
}

// --- Measuring --------------------------------------------------------------------------------------

interface Row {
  performance: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

function row(lhr: Result): Row {
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const metric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    si: metric('speed-index'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

/** One Lighthouse run in a fresh Chromium; one retry, since a loaded machine sometimes loses a trace (NO_NAVSTART). */
async function measure(lighthouse: Lighthouse, url: string): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    const chromium = await startChromium();
    try {
      const result = await lighthouse(url, { port: chromium.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (lhr && !lhr.runtimeError) return lhr;
      const why = lhr?.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : 'no result';
      if (attempt === 2) throw new Error(`Lighthouse failed on ${url}: ${why}`);
      console.error(`  ${url}: ${why}; retrying`);
    } finally {
      await chromium.stop();
    }
  }
}

/** Each column's own median: the middle run for one metric need not be the middle run for another. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Audits that count towards a score and did not pass fully (metrics are in the table already). */
function failedAudits(lhr: Result): Audit[] {
  const metrics = new Set(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']);
  return Object.values(lhr.audits).filter(
    (audit): audit is Audit =>
      !!audit && audit.score !== null && audit.score < 1 && !metrics.has(audit.id) && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
  );
}

const lighthouse = await loadLighthouse();
const server = values.base ? undefined : await serveDist();
const base = values.base ?? server!.url;
const paths = positionals.length ? positionals : ['/en/', firstEnglishArticle()];

const table: string[][] = [['path', 'perf', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'a11y', 'best-pr.', 'SEO']];
const failures: string[] = [];
/** The element each page's LCP was measured on, in the last run: what to make faster. */
const lcpElements: string[] = [];
let version = '';
const benchmarks: number[] = [];
try {
  for (const path of paths) {
    const url = new URL(path, base).href;
    const rows: Row[] = [];
    // Audit id -> runs that flagged it, and the last run's figure ("Est savings of 300 ms").
    const failed = new Map<string, { count: number; value?: string }>();
    for (let run = 1; run <= runs; run++) {
      console.error(`${path}: run ${run}/${runs}`);
      const lhr = await measure(lighthouse, url);
      version = lhr.lighthouseVersion;
      benchmarks.push(lhr.environment.benchmarkIndex);
      rows.push(row(lhr));
      for (const audit of failedAudits(lhr)) failed.set(audit.id, { count: (failed.get(audit.id)?.count ?? 0) + 1, value: audit.displayValue });
      for (const warning of lhr.runWarnings) console.error(`  warning: ${warning}`);
      if (run === runs) {
        const node = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
        if (node) lcpElements.push(`  ${path}: ${node.snippet ?? ''} "${(node.nodeLabel ?? '').slice(0, 80)}"`);
      }
    }
    const m = (key: keyof Row): number => median(rows.map((r) => r[key]));
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    const spread = runs > 1 ? ` (${Math.min(...rows.map((r) => r.performance))}–${Math.max(...rows.map((r) => r.performance))})` : '';
    table.push([
      path,
      `${Math.round(m('performance'))}${spread}`,
      seconds(m('fcp')),
      seconds(m('lcp')),
      `${Math.round(m('tbt'))} ms`,
      m('cls').toFixed(3),
      seconds(m('si')),
      String(Math.round(m('accessibility'))),
      String(Math.round(m('bestPractices'))),
      String(Math.round(m('seo'))),
    ]);
    // How many of the runs flagged each audit: an audit failed in one run of three is likely noise.
    const list = [...failed].map(([id, { count, value }]) => `  ${id} ${count}/${runs}${value ? `: ${value}` : ''}`);
    if (list.length) failures.push(`${path}\n${list.join('\n')}`);
  }
} finally {
  await server?.close();
}

const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
console.log(`\nLighthouse ${version}, mobile, simulated throttling; median of ${runs} run(s) per page (perf: min–max) on ${base}`);
// Lighthouse's CPU benchmark of this machine during the runs: TBT scales with it, so a busy machine
// (index far below ~1000) reports blocking time that a quiet one would not.
console.log(`CPU benchmark index: median ${Math.round(median(benchmarks))}, min ${Math.round(Math.min(...benchmarks))}\n`);
for (const cells of table) console.log(cells.map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  '));
if (lcpElements.length) console.log(`\nLargest Contentful Paint element (last run):\n${lcpElements.join('\n')}`);
if (failures.length) console.log(`\nAudits not passed (runs that flagged them):\n${failures.join('\n')}`);
