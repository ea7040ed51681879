import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import sharp from 'sharp';
import { localeCodes, locales, type Locale } from '../i18n/locales';
import { uiStrings } from '../i18n/translator';

/**
 * Writes an Open Graph image (1200×630 PNG) for every built page into dist/og/: the page's title in
 * its own script, the site's name in that script, and the page's section (or the tagline).
 *
 * Each page names its image in `<meta property="og:image">` (BaseLayout: `/og` + the canonical path
 * + `.png`, so a fallback page shares the image of the page it shows). Once the HTML is written,
 * this hook reads every page's head and renders one image per distinct og:image, from the page
 * that is its own canonical (a real translation). Text is laid out by satori with font files from
 * npm packages (Be Vietnam Pro for Latin and Vietnamese, Noto Sans JP / KR / SC / Lao), of which only
 * the unicode-range subsets holding the characters to draw are read; satori writes the glyphs as
 * paths, so rasterising with sharp needs no font installed on the machine.
 *
 * Images are cached in node_modules/.cache/portal-og/ under a hash of what they show (title,
 * section, language, site name, logo) and of TEMPLATE_VERSION: a rebuild with nothing changed
 * renders nothing. Change TEMPLATE_VERSION whenever the design below or the fonts change.
 */
export const TEMPLATE_VERSION = 1;
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Images rendered at once: satori runs on the main thread while sharp encodes the previous one. */
const CONCURRENCY = 2;

const colors = { brand: '#0d4a3a', brandStrong: '#083326', accent: '#a8322a', gold: '#f2c14e', text: '#ffffff' };

/** The og:image path of a page's canonical path. @example ogImagePath('/en/history/x/') // '/og/en/history/x.png' */
export function ogImagePath(canonicalPath: string): string {
  const path = canonicalPath.replace(/\/+$/, '');
  return `/og${path === '' ? '/index' : path}.png`;
}

// ---------------------------------------------------------------------------------------------
// What each image shows

/** A run of text in one language (the chooser mixes scripts; every other image has one). */
interface Run {
  text: string;
  locale: Locale;
}

export interface OgImageJob {
  /** Path of the image under dist, e.g. '/og/en/history/x.png'. */
  path: string;
  locale: Locale;
  siteName: string;
  title: Run[];
  subtitle: Run[];
}

const scriptLocales = new Set<Locale>(['ja', 'ko', 'zh', 'lo']);
const langToLocale = new Map<string, Locale>(locales.map((l) => [l.lang, l.code]));

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Decodes the character references Astro writes in text and attribute values. */
function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return entities[ref.toLowerCase()] ?? whole;
  });
}

interface PageHead {
  /** URL path of the page ('/en/history/x/'). */
  path: string;
  lang: string | undefined;
  canonicalPath: string | undefined;
  ogImagePath: string | undefined;
  title: string | undefined;
  /** Labels of the breadcrumbs above the page, without the home page. */
  sections: string[];
}

/** Reads what an image needs from a built page. */
export function readPageForImage(html: string, path: string): PageHead {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const meta = (property: string) => {
    const tag = head.match(new RegExp(`<meta\\s[^>]*property="${property}"[^>]*>`))?.[0];
    return tag ? decodeHtml(attr(tag, 'content') ?? '') : undefined;
  };
  const canonical = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, 'rel') === 'canonical');
  const pathOf = (url: string | undefined) => (url ? new URL(decodeHtml(url), 'http://x').pathname : undefined);
  const crumbs = /<nav class="breadcrumbs"[^>]*>\s*<ol>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  // Linked crumbs are the page's ancestors; the first one is the home page.
  const sections = [...crumbs.matchAll(/<li>\s*<a\b[^>]*>([\s\S]*?)<\/a>\s*<\/li>/g)]
    .map((m) => decodeHtml(m[1]!.replace(/<[^>]*>/g, '')).trim())
    .slice(1);
  return {
    path,
    lang: /<html\b[^>]*\slang="([^"]+)"/.exec(head)?.[1],
    canonicalPath: pathOf(canonical ? attr(canonical, 'href') : undefined),
    ogImagePath: pathOf(meta('og:image')),
    title: meta('og:title') ?? decodeHtml(/<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? '').trim(),
    sections,
  };
}

/** The image jobs of a build: one per distinct og:image under /og/, plus the chooser's. */
export function imageJobs(pages: readonly PageHead[]): OgImageJob[] {
  const byImage = new Map<string, PageHead[]>();
  for (const page of pages) {
    if (!page.ogImagePath?.startsWith('/og/') || !page.ogImagePath.endsWith('.png')) continue;
    if (!byImage.has(page.ogImagePath)) byImage.set(page.ogImagePath, []);
    byImage.get(page.ogImagePath)!.push(page);
  }
  const jobs: OgImageJob[] = [];
  for (const [path, sharing] of byImage) {
    // The page the image belongs to is its own canonical; a fallback shows it under another path.
    const page = sharing.find((p) => p.canonicalPath === p.path) ?? sharing.find((p) => p.canonicalPath && ogImagePath(p.canonicalPath) === path) ?? sharing[0]!;
    const locale = (page.canonicalPath === page.path && page.lang ? langToLocale.get(page.lang) : undefined) ?? localeOfPath(path) ?? 'en';
    const ui = uiStrings[locale];
    const subtitle = page.sections.length > 0 ? page.sections.join(' · ') : ui['site.tagline'];
    jobs.push({ path, locale, siteName: ui['site.name'], title: [{ text: page.title || ui['site.name'], locale }], subtitle: [{ text: subtitle, locale }] });
  }
  // The language chooser at / speaks every language: the site's name in each script.
  if (pages.some((p) => p.path === '/') && !byImage.has('/og/index.png')) {
    const names = [...new Map(localeCodes.map((l) => [uiStrings[l]['site.name'], l])).entries()];
    jobs.push({
      path: '/og/index.png',
      locale: 'vi',
      siteName: uiStrings.vi['site.name'],
      title: names.map(([text, locale], i) => ({ text: i < names.length - 1 ? `${text} ·` : text, locale })),
      subtitle: locales.map((l) => ({ text: l.name, locale: l.code })),
    });
  }
  return jobs.sort((a, b) => a.path.localeCompare(b.path));
}

function localeOfPath(imagePath: string): Locale | undefined {
  const first = imagePath.split('/')[2]?.replace(/\.png$/, '');
  return localeCodes.find((l) => l === first);
}

/** The cache key: everything the image shows, the template's version and the logo it draws. */
export function jobKey(job: OgImageJob, favicon: string): string {
  const { title, subtitle, siteName, locale } = job;
  return createHash('sha256').update(JSON.stringify([TEMPLATE_VERSION, favicon, locale, siteName, title, subtitle])).digest('hex').slice(0, 32);
}

// ---------------------------------------------------------------------------------------------
// Fonts: the unicode-range subsets of fontsource packages that hold the characters to draw

const TITLE_WEIGHT = 700;
const TEXT_WEIGHT = 400;
type Weight = typeof TITLE_WEIGHT | typeof TEXT_WEIGHT;

/** The font package of each script, Latin (with Vietnamese) first, as the site's CSS orders them. */
const latinPackage = '@fontsource/be-vietnam-pro';
const scriptPackage: Partial<Record<Locale, string>> = {
  ja: '@fontsource/noto-sans-jp',
  ko: '@fontsource/noto-sans-kr',
  zh: '@fontsource/noto-sans-sc',
  lo: '@fontsource/noto-sans-lao',
};

interface Subset {
  /** Unique satori font name of this subset file. */
  name: string;
  file: string;
  weight: Weight;
  ranges: [number, number][];
}

class FontFiles {
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
        const ranges = range.split(',').map((r): [number, number] => {
          const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
        });
        list.push({ name: file.replace(/-\d00-normal\.woff$/, ''), file: join(dir, 'files', file), weight, ranges });
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
async function fontsFor(files: FontFiles, texts: { run: Run; weight: Weight }[]) {
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

// ---------------------------------------------------------------------------------------------
// The template

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, children },
});

const satoriLang: Record<Locale, string | undefined> = { vi: undefined, en: undefined, fr: undefined, de: undefined, ja: 'ja-JP', ko: 'ko-KR', zh: 'zh-CN', lo: undefined };

/** Rough width of a text in ems, to pick the title's size before satori lays it out. */
function emWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char)) width += 1;
    else if (/\p{scx=Lao}/u.test(char)) width += /\p{M}/u.test(char) ? 0 : 0.62;
    else if (/\s/.test(char)) width += 0.26;
    else if (/[A-ZĐ0-9]/.test(char)) width += 0.66;
    else if (/\p{M}/u.test(char)) width += 0;
    else width += 0.54;
  }
  return width;
}

const PAD_X = 72;
const TEXT_WIDTH = OG_WIDTH - 2 * PAD_X;

/** The largest title size at which the title fits in two lines, else the smallest (three lines, clamped). */
function titleSize(text: string): number {
  const sizes = [76, 68, 60, 54];
  return sizes.find((size) => Math.ceil((emWidth(text) * size * 1.06) / TEXT_WIDTH) <= 2) ?? sizes.at(-1)!;
}

function template(job: OgImageJob, fontNames: (locale: Locale) => string[]): Node {
  const families = (locale: Locale) => fontNames(locale).map((name) => `'${name}'`).join(', ');
  const titleText = job.title.map((r) => r.text).join(' ');
  const size = titleSize(titleText);
  const tall = job.title.some((r) => r.locale === 'lo');
  const lineHeight = tall ? 1.4 : 1.22;
  // Korean keeps its words whole, as the site's CSS does; Lao, written without spaces, breaks
  // between the words Intl.Segmenter finds (satori's keep-all); Japanese and Chinese break anywhere.
  const wordBreak = (locale: Locale) => (locale === 'ko' || locale === 'lo' ? 'keep-all' : 'normal');
  const runStyle = (run: Run) => ({ fontFamily: families(run.locale), wordBreak: wordBreak(run.locale) });
  const lang = (run: Run) => ({ lang: satoriLang[run.locale] });
  // No `overflow: hidden`: satori would draw it as an SVG mask, which makes rasterising slow;
  // lineClamp alone cuts the text (with an ellipsis) at three lines.
  const title =
    job.title.length === 1
      ? h('div', { ...runStyle(job.title[0]!), display: 'block', lineClamp: 3, textOverflow: 'ellipsis' }, job.title[0]!.text, lang(job.title[0]!))
      : h('div', { display: 'flex', flexWrap: 'wrap', columnGap: Math.round(size * 0.3) }, job.title.map((run) => h('div', runStyle(run), run.text, lang(run))));
  const subtitle =
    job.subtitle.length === 1
      ? h('div', { ...runStyle(job.subtitle[0]!), display: 'block', lineClamp: 1, textOverflow: 'ellipsis' }, job.subtitle[0]!.text, lang(job.subtitle[0]!))
      : h('div', { display: 'flex', flexWrap: 'wrap', columnGap: 22 }, job.subtitle.map((run) => h('div', runStyle(run), run.text, lang(run))));
  // Text only, on a transparent page: renderImage() puts it on backgroundSvg().
  return h(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', color: colors.text },
    [
      h('div', { display: 'flex', alignItems: 'center', height: LOGO_SIZE, margin: `${LOGO_TOP}px 0 0 ${PAD_X + LOGO_SIZE + 24}px` }, [
        h('div', { fontSize: 38, fontWeight: TITLE_WEIGHT, fontFamily: families(job.locale), lineHeight: tall ? 1.5 : 1.2 }, job.siteName, { lang: satoriLang[job.locale] }),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', flexGrow: 1, padding: `0 ${PAD_X}px ${STRIPE_HEIGHT + 42}px` }, [
        h('div', { display: 'flex', width: 88, height: 6, backgroundColor: colors.gold, marginBottom: 28 }),
        h('div', { display: 'flex', flexDirection: 'column', fontSize: size, fontWeight: TITLE_WEIGHT, lineHeight }, [title]),
        h('div', { display: 'flex', flexDirection: 'column', marginTop: 22, fontSize: 30, fontWeight: TEXT_WEIGHT, lineHeight: tall || job.subtitle.length > 1 ? 1.6 : 1.3, color: colors.gold }, [subtitle]),
      ]),
    ],
    { lang: satoriLang[job.locale] },
  );
}

const LOGO_SIZE = 72;
const LOGO_TOP = 60;
const STRIPE_HEIGHT = 14;

/**
 * What every image has: the green page, the logo mark (its tile a darker green, as the page is the
 * tile's colour), the mark's mountains and river large and faint on the right, and a red and gold
 * stripe at the foot.
 */
export function backgroundSvg(favicon: string): string {
  const paths = favicon.match(/<path\b[^>]*\/>/g)?.join('') ?? '';
  const stripe = OG_HEIGHT - STRIPE_HEIGHT;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${colors.brand}"/>`,
    `<svg x="640" y="-40" width="600" height="600" viewBox="2 4 36 30" opacity="0.06">${paths}</svg>`,
    `<svg x="${PAD_X}" y="${LOGO_TOP}" width="${LOGO_SIZE}" height="${LOGO_SIZE}" viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="${colors.brandStrong}"/>${paths}</svg>`,
    `<rect y="${stripe}" width="${OG_WIDTH - 240}" height="${STRIPE_HEIGHT}" fill="${colors.accent}"/>`,
    `<rect x="${OG_WIDTH - 240}" y="${stripe}" width="240" height="${STRIPE_HEIGHT}" fill="${colors.gold}"/>`,
    '</svg>',
  ].join('');
}

// ---------------------------------------------------------------------------------------------
// Rendering

export interface RenderContext {
  files: FontFiles;
  /** The background's SVG elements, drawn under satori's text in the same SVG. */
  background: string;
}

export function renderContext(root: string, favicon: string): RenderContext {
  return { files: new FontFiles(root), background: backgroundSvg(favicon).replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '') };
}

type SatoriFont = { name: string; data: Buffer; weight: Weight; style: 'normal' };

/**
 * Prepares the fonts of a batch of jobs: the subsets every job needs, loaded once, in one array
 * per script so that satori reuses its parsed fonts from one image to the next.
 */
export async function prepareFonts(context: RenderContext, jobs: readonly OgImageJob[]) {
  const groups = new Map<string, OgImageJob[]>();
  const groupOf = (job: OgImageJob) => [...new Set([...job.title, ...job.subtitle].map((r) => r.locale).filter((l) => scriptLocales.has(l)))].sort().join('+') || 'latin';
  for (const job of jobs) {
    const group = groupOf(job);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(job);
  }
  const fontsByGroup = new Map<string, { fonts: SatoriFont[]; families: (locale: Locale) => string[] }>();
  const missing = new Set<string>();
  for (const [group, list] of groups) {
    const texts = list.flatMap((job) => [
      ...job.title.map((run) => ({ run, weight: TITLE_WEIGHT as Weight })),
      { run: { text: job.siteName, locale: job.locale }, weight: TITLE_WEIGHT as Weight },
      ...job.subtitle.map((run) => ({ run, weight: TEXT_WEIGHT as Weight })),
    ]);
    const { subsets, missing: absent } = await fontsFor(context.files, texts);
    for (const char of absent) missing.add(char);
    const fonts = await Promise.all(subsets.map(async (s) => ({ name: s.name, data: await context.files.load(s.file), weight: s.weight, style: 'normal' as const })));
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

type JobFonts = { fonts: SatoriFont[]; families: (locale: Locale) => string[] };

/** The image as SVG, text drawn as paths. */
export function satoriSvg(job: OgImageJob, fonts: JobFonts): Promise<string> {
  return satori(template(job, fonts.families) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: fonts.fonts,
  });
}

/**
 * Renders one image as a palette PNG. The background goes into satori's SVG as plain elements (an
 * <img> in satori becomes a clipped, masked image, several times slower to rasterise), and the
 * text has no mask either: librsvg (in sharp) then draws the whole image in about 15 ms. A 64-colour
 * palette keeps the antialiased text smooth on flat colours at 10–20 KB an image.
 */
export async function renderImage(context: RenderContext, job: OgImageJob, fonts: JobFonts): Promise<Buffer> {
  const svg = (await satoriSvg(job, fonts)).replace(/^<svg[^>]*>/, (open) => open + context.background);
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 64, quality: 80, dither: 0, effort: 3, compressionLevel: 6 }).toBuffer();
}

/** Runs `task` over `items`, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Renders (or takes from the cache) every job's image into `outDir`. */
export async function writeImages(options: { root: string; outDir: string; cacheDir: string; favicon: string; jobs: readonly OgImageJob[]; logger?: AstroIntegrationLogger }) {
  const { root, outDir, cacheDir, jobs, logger } = options;
  const started = performance.now();
  await mkdir(cacheDir, { recursive: true });
  const keyed = jobs.map((job) => ({ job, cached: join(cacheDir, `${jobKey(job, options.favicon)}.png`) }));
  const stale = (await Promise.all(keyed.map(async (k) => ((await exists(k.cached)) ? undefined : k)))).filter((k) => k !== undefined);
  if (stale.length > 0) {
    const context = renderContext(root, options.favicon);
    const fonts = await prepareFonts(
      context,
      stale.map((k) => k.job),
    );
    // A character no font package has (an emoji, a rare ideograph) would be drawn as a box.
    for (const char of fonts.missing) {
      const where = stale.filter(({ job }) => [...job.title, ...job.subtitle].some((r) => r.text.includes(char))).map(({ job }) => job.path);
      logger?.warn(`no font has "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}): it shows as a box in ${where.join(', ')}`);
    }
    await eachLimited(stale, CONCURRENCY, async ({ job, cached }) => {
      const png = await renderImage(context, job, fonts.fontsFor(job));
      const temporary = `${cached}.${process.pid}.tmp`;
      await writeFile(temporary, png);
      await rename(temporary, cached);
    });
  }
  await eachLimited(keyed, 16, async ({ job, cached }) => {
    const target = join(outDir, ...job.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(cached, target);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger?.info(`Open Graph images: ${jobs.length} (${stale.length} rendered, ${jobs.length - stale.length} from the cache) in ${seconds} s`);
  return { total: jobs.length, rendered: stale.length };
}

export function openGraphImages(): AstroIntegration {
  let root = '';
  let publicDir = '';
  return {
    name: 'portal:open-graph-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
        const pages = await Promise.all(
          files.map(async (file) => {
            const path = `/${relative(outDir, join(outDir, file)).split(sep).join('/')}`.replace(/index\.html$/, '');
            return readPageForImage(await readFile(join(outDir, file), 'utf8'), path);
          }),
        );
        await writeImages({
          root,
          outDir,
          cacheDir: join(root, 'node_modules', '.cache', 'portal-og'),
          favicon: await readFile(join(publicDir, 'favicon.svg'), 'utf8'),
          jobs: imageJobs(pages),
          logger,
        });
      },
    },
  };
}
