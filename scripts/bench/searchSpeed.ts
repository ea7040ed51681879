/**
 * How fast the search page answers on the synthetic site, in headless Chromium, served with gzip
 * (scripts/support/staticServer.ts in production mode, as nginx serves the real site): the time to
 * the first result of a cold query (a fresh browser: nothing cached, Pagefind not loaded) and of a
 * warm one (the next query on the same page), with what the cold one fetched and when.
 */
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/staticServer.ts';

/** One file the cold search fetched: when (ms after navigation start), how long, and its bytes on the wire. */
interface SearchFetch {
  name: string;
  start: number;
  end: number;
  bytes: number;
}

export interface SearchSpeed {
  path: string;
  coldQuery: string;
  warmQueries: string[];
  /** Time to the first result after navigating to the search page with the query in its address (ms), each cold run. */
  coldMs: number[];
  /** The same, from the moment the page's own script started (DOMContentLoaded): what the search itself costs. */
  coldAfterDomMs: number[];
  /** Time from submitting the next query to its first result (ms), each warm query. */
  warmMs: number[];
  /** Where a cold search spends its time, step by step through Pagefind's API in a fresh browser (ms, each run). */
  breakdown: SearchBreakdown[];
  /** What the median cold run fetched from /pagefind/, grouped: Pagefind's code, its entry and metadata, filters, index chunks, fragments. */
  groups: { name: string; files: number; bytes: number; start: number; end: number }[];
  results: number;
}

/**
 * One cold search taken apart, as the search page's script does it but step by step (the page's own
 * language only; the page searches its fallback languages' indexes beside it): each field is the ms
 * that step took.
 */
export interface SearchBreakdown {
  /** import('/pagefind/pagefind.js') and init(): Pagefind 1.6's init() starts its Web Worker and returns. */
  importInit: number;
  /**
   * filters(), which the page calls before the first search to draw the facets: the worker's first
   * call, so it also waits for the entry, the language's metadata and WebAssembly.
   */
  filters: number;
  /** search(query): the index chunks of the query's words, and ranking. */
  search: number;
  /** data() of the first result: its fragment. */
  firstData: number;
  /** data() of the rest of the first 30 results, as the page shows them. */
  restData: number;
}

// Recorded inside the page before any of its scripts runs: the moment the result list first gets an item.
const recorder = `
  window.__firstResult = undefined;
  new MutationObserver(() => {
    if (window.__firstResult === undefined && document.querySelector('.search-results li')) window.__firstResult = performance.now();
  }).observe(document, { childList: true, subtree: true });
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function groupOf(name: string): string {
  if (/pagefind(-worker)?\.js$|\.wasm|wasm\./.test(name)) return 'Pagefind code (JS, worker, WebAssembly)';
  if (/pagefind-entry\.json|\.pf_meta$/.test(name)) return 'entry and metadata';
  if (/\.pf_filter$/.test(name)) return 'filter chunks (facets)';
  if (/\.pf_index$/.test(name)) return 'index chunks';
  if (/\.pf_fragment$/.test(name)) return 'result fragments';
  return 'other';
}

/**
 * One cold search on the search page. Pagefind 1.6 fetches its index from a Web Worker, which the
 * page's Resource Timing does not see: the fetches are taken from the browser's network events.
 */
async function coldRun(page: Page, url: string): Promise<{ ms: number; afterDom: number; fetches: SearchFetch[]; results: number }> {
  const finished: Request[] = [];
  const onFinished = (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) finished.push(request);
  };
  page.on('requestfinished', onFinished);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined, undefined, { timeout: 60_000 });
  const shown = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const first = (window as unknown as { __firstResult: number }).__firstResult;
    return {
      ms: first,
      afterDom: first - navigation.domContentLoadedEventStart,
      origin: performance.timeOrigin,
      results: document.querySelectorAll('.search-results li').length,
    };
  });
  page.off('requestfinished', onFinished);
  const fetches = await Promise.all(
    finished.map(async (request) => {
      const timing = request.timing();
      const start = timing.startTime - shown.origin;
      return { name: new URL(request.url()).pathname, start, end: start + timing.responseEnd, bytes: (await request.sizes()).responseBodySize };
    }),
  );
  return { ms: shown.ms, afterDom: shown.afterDom, fetches, results: shown.results };
}

/** A cold search through Pagefind's API on `page`, a fresh page of the site that has not loaded Pagefind. */
async function breakdownRun(page: Page, url: string, query: string): Promise<SearchBreakdown> {
  await page.goto(url);
  return page.evaluate(async (q) => {
    interface Result {
      data(): Promise<unknown>;
    }
    interface Module {
      init(): Promise<void>;
      filters(): Promise<unknown>;
      search(query: string): Promise<{ results: Result[] }>;
    }
    const t0 = performance.now();
    // Built into dist/pagefind/; a variable, so that nothing tries to resolve it here.
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as Module;
    await pagefind.init();
    const t1 = performance.now();
    await pagefind.filters();
    const t2 = performance.now();
    const response = await pagefind.search(q);
    const t3 = performance.now();
    await response.results[0]?.data();
    const t4 = performance.now();
    await Promise.all(response.results.slice(1, 30).map((r) => r.data()));
    const t5 = performance.now();
    return { importInit: t1 - t0, filters: t2 - t1, search: t3 - t2, firstData: t4 - t3, restData: t5 - t4 };
  }, query);
}

async function warmRun(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __warm?: number }).__warm = undefined;
  });
  const started = await page.evaluate((q) => {
    const list = document.querySelector('.search-results')!;
    const input = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    const w = window as unknown as { __warm?: number };
    new MutationObserver((_, observer) => {
      if (w.__warm === undefined && list.querySelector('li')) {
        w.__warm = performance.now();
        observer.disconnect();
      }
    }).observe(list, { childList: true });
    input.value = q;
    const t0 = performance.now();
    input.form!.requestSubmit();
    return t0;
  }, query);
  await page.waitForFunction(() => (window as unknown as { __warm?: number }).__warm !== undefined, undefined, { timeout: 60_000 });
  return (await page.evaluate(() => (window as unknown as { __warm: number }).__warm)) - started;
}

/**
 * Serves `dist`, and measures `runs` cold searches of `coldQuery` and then each warm query on `path`
 * (a search page), and `runs` cold searches taken apart on `plainPath` (a page in the same language
 * that does not load Pagefind).
 */
export async function measureSearch(
  dist: string,
  { path = '/en/search/', plainPath = '/en/', coldQuery = 'tea', warmQueries = ['festival', 'industrial park', 'terraced'], runs = 5 } = {},
): Promise<SearchSpeed> {
  const server = await serveStatic(dist, { production: true });
  const browser = await launchChromium();
  try {
    const cold: Awaited<ReturnType<typeof coldRun>>[] = [];
    const warmMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A new context: an empty cache, as a reader's first visit.
      const context = await browser.newContext();
      await context.addInitScript(recorder);
      const page = await context.newPage();
      cold.push(await coldRun(page, `${server.url}${path}?q=${encodeURIComponent(coldQuery)}`));
      if (i === runs - 1) for (const query of warmQueries) warmMs.push(await warmRun(page, query));
      await context.close();
    }
    const breakdown: SearchBreakdown[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      breakdown.push(await breakdownRun(await context.newPage(), `${server.url}${plainPath}`, coldQuery));
      await context.close();
    }
    const typical = [...cold].sort((a, b) => a.ms - b.ms)[Math.floor(cold.length / 2)]!;
    const groups = new Map<string, { name: string; files: number; bytes: number; start: number; end: number }>();
    for (const f of typical.fetches) {
      const name = groupOf(f.name);
      const group = groups.get(name) ?? { name, files: 0, bytes: 0, start: Infinity, end: 0 };
      group.files++;
      group.bytes += f.bytes;
      group.start = Math.min(group.start, f.start);
      group.end = Math.max(group.end, f.end);
      groups.set(name, group);
    }
    return {
      path,
      coldQuery,
      warmQueries,
      coldMs: cold.map((c) => c.ms),
      coldAfterDomMs: cold.map((c) => c.afterDom),
      warmMs,
      breakdown,
      groups: [...groups.values()].sort((a, b) => a.start - b.start),
      results: typical.results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The median of a list of times. */
export { median };
