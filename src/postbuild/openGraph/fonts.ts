import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { locales, type Locale } from '../../i18n/locales';
import { parseRanges, type Range } from '../../util/unicodeRanges';
import { TEXT_WEIGHT, TITLE_WEIGHT, type Weight } from './design';
import type { OgImageJob, Run } from './jobs';

/**
 * Fonts: the unicode-range subsets of fontsource packages that hold the characters to draw. Only
 * those subset files are read, and satori writes the glyphs as paths, so rasterising needs no font
 * installed on the machine.
 */

/** The font package of each script, Latin (with Vietnamese) first, as the site's CSS orders them. */
const latinPackage = '@fontsource/be-vietnam-pro';
const scriptPackage: Partial<Record<Locale, string>> = Object.fromEntries(locales.flatMap((l) => ('ogFont' in l.script ? [[l.code, l.script.ogFont]] : [])));
/** The locales with a script font of their own (the others are drawn in the Latin font). */
const scriptLocales = new Set(Object.keys(scriptPackage) as Locale[]);

interface Subset {
  /** Unique satori font name of this subset file. */
  name: string;
  file: string;
  weight: Weight;
  ranges: Range[];
}

/** The subsets of the font packages installed for `root`, each package's CSS and each file read once. */
export class FontFiles {
  private readonly require: NodeJS.Require;
  private readonly subsets = new Map<string, Subset[]>();
  private readonly data = new Map<string, Buffer>();

  constructor(root: string) {
    this.require = createRequire(join(root, 'package.json'));
  }

  /** The subsets of a package in one weight, from its `<weight>.css` (src and unicode-range). */
  async subsetsOf(pkg: string, weight: Weight): Promise<Subset[]> {
    const id = `${pkg}@${weight}`;
    if (!this.subsets.has(id)) {
      const dir = dirname(this.require.resolve(`${pkg}/package.json`));
      const css = await readFile(join(dir, `${weight}.css`), 'utf8');
      const list: Subset[] = [];
      for (const block of css.split('@font-face').slice(1)) {
        const file = /url\(\.\/files\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(block)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        if (!file || !range) continue;
        list.push({ name: file.replace(/-\d00-normal\.woff$/, ''), file: join(dir, 'files', file), weight, ranges: parseRanges(range) });
      }
      if (list.length === 0) throw new Error(`No WOFF subsets found in ${pkg}/${weight}.css`);
      this.subsets.set(id, list);
    }
    return this.subsets.get(id)!;
  }

  async load(file: string): Promise<Buffer> {
    if (!this.data.has(file)) this.data.set(file, await readFile(file));
    return this.data.get(file)!;
  }
}

const covers = (subset: Subset, code: number) => subset.ranges.some(([from, to]) => code >= from && code <= to);

/**
 * The fonts satori needs to draw these runs: for each character and weight, the Latin subset that
 * has it, else the subset of the run's script font. Characters no subset has are returned apart.
 */
async function subsetsFor(files: FontFiles, texts: { run: Run; weight: Weight }[]): Promise<{ subsets: Subset[]; missing: Set<string> }> {
  // Each character is looked up once per script and weight (CJK fonts have ~100 subsets).
  const wanted = new Map<string, { locale: Locale; weight: Weight; chars: Set<string> }>();
  for (const { run, weight } of texts) {
    const id = `${scriptPackage[run.locale] ?? ''}@${weight}`;
    if (!wanted.has(id)) wanted.set(id, { locale: run.locale, weight, chars: new Set('…') });
    const chars = wanted.get(id)!.chars;
    for (const char of run.text) chars.add(char);
  }
  const chosen = new Map<string, Subset>();
  const missing = new Set<string>();
  for (const { locale, weight, chars } of wanted.values()) {
    const latin = await files.subsetsOf(latinPackage, weight);
    const pkg = scriptPackage[locale];
    const script = pkg ? await files.subsetsOf(pkg, weight) : [];
    for (const char of chars) {
      const code = char.codePointAt(0)!;
      if (/\s/.test(char) || code === 0x200b) continue;
      const subset = latin.find((s) => covers(s, code)) ?? script.find((s) => covers(s, code));
      if (subset) chosen.set(`${subset.name}@${weight}`, subset);
      else missing.add(char);
    }
  }
  return { subsets: [...chosen.values()], missing };
}

type SatoriFont = { name: string; data: Buffer; weight: Weight; style: 'normal' };

/** The fonts of one image: the loaded subsets, and the font-family list of each locale's text. */
export type JobFonts = { fonts: SatoriFont[]; families: (locale: Locale) => string[] };

export interface PreparedFonts {
  fontsFor: (job: OgImageJob) => JobFonts;
  /** Characters that no font package has. */
  missing: Set<string>;
}

/**
 * Prepares the fonts of a batch of jobs: the subsets every job needs, loaded once, in one array
 * per script so that satori reuses its parsed fonts from one image to the next.
 */
export async function prepareFonts(files: FontFiles, jobs: readonly OgImageJob[]): Promise<PreparedFonts> {
  const groups = new Map<string, OgImageJob[]>();
  const groupOf = (job: OgImageJob) =>
    [...new Set([...job.title, ...job.subtitle].map((r) => r.locale).filter((l) => scriptLocales.has(l)))].sort().join('+') || 'latin';
  for (const job of jobs) {
    const group = groupOf(job);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(job);
  }
  const fontsByGroup = new Map<string, JobFonts>();
  const missing = new Set<string>();
  for (const [group, list] of groups) {
    const texts = list.flatMap((job) => [
      ...job.title.map((run) => ({ run, weight: TITLE_WEIGHT as Weight })),
      { run: { text: job.siteName, locale: job.locale }, weight: TITLE_WEIGHT as Weight },
      ...job.subtitle.map((run) => ({ run, weight: TEXT_WEIGHT as Weight })),
    ]);
    const { subsets, missing: absent } = await subsetsFor(files, texts);
    for (const char of absent) missing.add(char);
    const fonts = await Promise.all(subsets.map(async (s) => ({ name: s.name, data: await files.load(s.file), weight: s.weight, style: 'normal' as const })));
    const names = [...new Set(subsets.map((s) => s.name))];
    const latinNames = names.filter((n) => n.startsWith('be-vietnam-pro'));
    const families = (locale: Locale) => {
      const pkg = scriptPackage[locale]?.replace('@fontsource/', '');
      return [...latinNames, ...(pkg ? names.filter((n) => n.startsWith(`${pkg}-`)) : [])];
    };
    fontsByGroup.set(group, { fonts, families });
  }
  return { fontsFor: (job: OgImageJob) => fontsByGroup.get(groupOf(job))!, missing };
}
