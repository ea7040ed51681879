/** `npm run bench`: its command line and the ratios it prints (behaviour only; the timings are the benchmark's). */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/bench/args.ts';
import { comparisonTables, loadText, ratio, type SiteFigures } from '../../scripts/bench/format.ts';

describe('bench command line', () => {
  it('measures 100 .mdx entries with the search speed and without the comparison by default', () => {
    expect(parseArgs([])).toEqual({ entries: 100, format: 'mdx', keep: false, profile: false, json: false, compare: false, search: true });
  });

  it('reads --compare, --no-search and --entries in both spellings', () => {
    expect(parseArgs(['--compare', '--entries', '20', '--no-search'])).toMatchObject({ compare: true, entries: 20, search: false });
    expect(parseArgs(['--entries=250', '--format=md'])).toMatchObject({ entries: 250, format: 'md', compare: false });
  });

  it('refuses an unknown option, a count that is not a whole number ≥ 1, and a format it cannot write', () => {
    expect(() => parseArgs(['--compared'])).toThrow(/Unknown option --compared.*--compare/);
    expect(() => parseArgs(['--entries', '0'])).toThrow(/--entries needs a whole number/);
    expect(() => parseArgs(['--entries', '2.5'])).toThrow(/--entries needs a whole number/);
    expect(() => parseArgs(['--format', 'html'])).toThrow(/--format is mdx or md/);
  });
});

describe('bench ratios', () => {
  it('writes a ratio with two decimals, and n/a when there is nothing to divide by', () => {
    expect(ratio(48, 60)).toBe('0.80×');
    expect(ratio(90, 60)).toBe('1.50×');
    expect(ratio(1, 0)).toBe('n/a');
    expect(ratio(undefined, 3)).toBe('n/a');
    expect(ratio(3, undefined)).toBe('n/a');
  });

  it('writes the load as before → highest during → after', () => {
    expect(loadText({ before: [0.5, 1, 1], max: 2.104, after: [1.9, 1, 1] })).toBe('0.50 → 2.10 → 1.90');
  });

  const load = { before: [1, 1, 1], max: 1, after: [1, 1, 1] };
  const site = (name: string, pages: number, seconds: number, cpuSeconds: number | undefined, peakGb: number, distMb: number): SiteFigures => ({
    name,
    pages,
    seconds,
    cpuSeconds,
    peakRss: peakGb * 1024 ** 3,
    distBytes: distMb * 1024 ** 2,
    steps: 'build',
    load,
  });

  it('divides the portal by each reference: time, time per page, CPU, memory, bytes', () => {
    const portal = site('the portal', 2000, 48, 80, 1.2, 300);
    const floor = site('floor', 2000, 60, 100, 0.8, 100);
    const { figures, ratios } = comparisonTables(portal, [floor]);
    expect(ratios[0]).toEqual(['the portal ÷', 'build time', 'ms/page', 'CPU', 'peak memory', 'output bytes']);
    expect(ratios[1]).toEqual(['floor', '0.80×', '0.80×', '0.80×', '1.50×', '3.00×']);
    // Every site's own line: 48 s for 2,000 pages is 24 ms a page.
    expect(figures.map((row) => row[0])).toEqual(['site', 'the portal', 'floor']);
    expect(figures[1]!.slice(1, 7)).toEqual(['2000', '48.0 s', '24.0', '80.0 s', '1.20 GB', '300.0 MB']);
  });

  it('compares per page when a reference built a different number of pages', () => {
    const portal = site('the portal', 2000, 60, 90, 1, 1);
    const hugo = site('Hugo', 1000, 20, 30, 0.2, 1);
    const { ratios } = comparisonTables(portal, [hugo]);
    // 3× the time for twice the pages is 1.5× a page.
    expect(ratios[1]!.slice(1, 3)).toEqual(['3.00×', '1.50×']);
  });

  it('says n/a for CPU time where GNU time was missing', () => {
    const { figures, ratios } = comparisonTables(site('the portal', 10, 1, undefined, 1, 1), [site('floor', 10, 1, 2, 1, 1)]);
    expect(figures[1]![4]).toBe('n/a');
    expect(ratios[1]![3]).toBe('n/a');
  });
});
