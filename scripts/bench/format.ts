/** How `npm run bench` writes its figures: units, ratios, the machine's load, Markdown tables. Pure. */

/** Bytes as kilobytes, one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Bytes as megabytes, one decimal. */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Bytes as gigabytes, two decimals. */
export const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
/** Seconds, one decimal. */
export const s = (seconds: number) => `${seconds.toFixed(1)} s`;
/** Milliseconds, whole. */
export const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * `a` as a multiple of `b`, two decimals: 0.80× is a fifth less. "n/a" when either is unknown or
 * `b` is not a positive number (a ratio to nothing means nothing).
 * @example ratio(48, 60) // '0.80×'
 */
export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return 'n/a';
  return `${(a / b).toFixed(2)}×`;
}

/** The machine's load around one run: before it started, after it ended, and the highest 1-minute value seen during it. */
export interface RunLoad {
  before: number[];
  after: number[];
  max: number;
}

/**
 * The 1-minute load average before → highest during → after a run.
 * @example loadText({ before: [0.5, 1, 1], max: 2.1, after: [1.9, 1, 1] }) // '0.50 → 2.10 → 1.90'
 */
export const loadText = (load: RunLoad) => `${load.before[0]!.toFixed(2)} → ${load.max.toFixed(2)} → ${load.after[0]!.toFixed(2)}`;

/** A Markdown table, each column padded to its widest cell and aligned left or right. */
export function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => (align[c] === 'r' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, c) => (align[c] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

/** What the comparison shows of one site's cold build. */
export interface SiteFigures {
  /** "the portal", or the reference and its version. */
  name: string;
  pages: number;
  seconds: number;
  /** User + system CPU seconds of the whole process tree; undefined without GNU time. */
  cpuSeconds: number | undefined;
  /** Peak of the whole process tree's resident memory, bytes. */
  peakRss: number;
  distBytes: number;
  /** What the build ran, e.g. "astro 20.1 s, pagefind 3.2 s". */
  steps: string;
  load: RunLoad;
}

/**
 * The two tables of `--compare`: every site's own figures (ms a page included), and the portal's
 * ratios to each reference, per build and per page (the sites build the same pages, so the two
 * agree unless a reference built fewer).
 */
export function comparisonTables(portal: SiteFigures, references: readonly SiteFigures[]): { figures: string[][]; ratios: string[][] } {
  const perPage = (site: SiteFigures) => (site.seconds * 1000) / site.pages;
  const figures = [
    ['site', 'pages', 'build', 'ms/page', 'CPU', 'peak memory', 'output', 'steps', 'load before → max → after'],
    ...[portal, ...references].map((site) => [
      site.name,
      String(site.pages),
      s(site.seconds),
      perPage(site).toFixed(1),
      site.cpuSeconds === undefined ? 'n/a' : s(site.cpuSeconds),
      gb(site.peakRss),
      mb(site.distBytes),
      site.steps,
      loadText(site.load),
    ]),
  ];
  const ratios = [
    ['the portal ÷', 'build time', 'ms/page', 'CPU', 'peak memory', 'output bytes'],
    ...references.map((other) => [
      other.name,
      ratio(portal.seconds, other.seconds),
      ratio(perPage(portal), perPage(other)),
      ratio(portal.cpuSeconds, other.cpuSeconds),
      ratio(portal.peakRss, other.peakRss),
      ratio(portal.distBytes, other.distBytes),
    ]),
  ];
  return { figures, ratios };
}
