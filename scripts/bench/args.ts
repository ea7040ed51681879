/** The command line of `npm run bench`. */

export interface Options {
  entries: number;
  /** Extension of the generated language files: mdx (as the real content) or md (to measure MDX's cost). */
  format: 'mdx' | 'md';
  keep: boolean;
  /** Run the cold build under the V8 CPU profiler and print where the main thread's time goes. */
  profile: boolean;
  json: boolean;
  /** Also build the bare Astro floor and (when installed) Hugo from the same pages, and print the ratios. */
  compare: boolean;
  /** Measure the search page's speed in headless Chromium (on unless --no-search). */
  search: boolean;
}

/** Reads the options from the arguments after `npm run bench --`; prints the usage for --help. */
export function parseArgs(argv: string[]): Options {
  const options: Options = { entries: 100, format: 'mdx', keep: false, profile: false, json: false, compare: false, search: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--keep') options.keep = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--compare') options.compare = true;
    else if (arg === '--no-search') options.search = false;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      if (value !== 'mdx' && value !== 'md') throw new Error(`--format is mdx or md, got "${value}"`);
      options.format = value;
    } else if (arg === '--entries' || arg.startsWith('--entries=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--entries needs a whole number ≥ 1, got "${value}"`);
      options.entries = n;
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run bench -- [--entries 100] [--format mdx|md] [--compare] [--profile] [--no-search] [--keep] [--json]');
      process.exit(0);
    } else
      throw new Error(
        `Unknown option ${arg}. Usage: npm run bench -- [--entries 100] [--format mdx|md] [--compare] [--profile] [--no-search] [--keep] [--json]`,
      );
  }
  return options;
}
