/**
 * Build benchmark: generates a synthetic content tree of N entries across every collection, builds
 * the portal from it (Pagefind included), builds it a second time with nothing changed, and prints
 * build time, peak memory, output sizes and the bytes each page type sends.
 *
 * Usage: npm run bench -- [--entries 100] [--format mdx|md] [--profile] [--keep] [--json]
 *   --entries N  entries to generate (default 100; each entry is a page in all 8 locales)
 *   --format md  write the language files as .md instead of .mdx (measures what MDX costs)
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
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import sharp from 'sharp';
import { localeCodes, type Locale } from '../src/i18n/locales';
import { entryPath } from '../src/lib/entryPath';
import { entryCollections, type EntryCollectionName } from '../src/schemas/registry';

const root = resolve(import.meta.dirname, '..');
const realContent = join(root, 'content');
const collections = Object.keys(entryCollections) as EntryCollectionName[];
/** gzip level used for every "gz" figure: 9, the most a server would use for static files. */
const GZIP_LEVEL = 9;
const IMAGE_EVERY = 10;

// ---------------------------------------------------------------------------------------------
// Arguments

interface Options {
  entries: number;
  /** Extension of the generated language files: mdx (as the real content) or md (to measure MDX's cost). */
  format: 'mdx' | 'md';
  keep: boolean;
  /** Run the cold build under the V8 CPU profiler and print where the main thread's time goes. */
  profile: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { entries: 100, format: 'mdx', keep: false, profile: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--keep') options.keep = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      if (value !== 'mdx' && value !== 'md') throw new Error(`--format is mdx or md, got "${value}"`);
      options.format = value;
    }
    else if (arg === '--entries' || arg.startsWith('--entries=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--entries needs a whole number ≥ 1, got "${value}"`);
      options.entries = n;
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run bench -- [--entries 100] [--format mdx|md] [--profile] [--keep] [--json]');
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}. Usage: npm run bench -- [--entries 100] [--format mdx|md] [--profile] [--keep] [--json]`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function rng(seed: number): () => number {
  // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// ---------------------------------------------------------------------------------------------
// Harvesting the real content

interface LanguageFile {
  data: Record<string, unknown>;
  body: string;
}
interface Template {
  collection: EntryCollectionName;
  slug: string;
  files: Map<Locale, LanguageFile>;
}

function splitFile(source: string): LanguageFile | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return undefined;
  return { data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

/** Markdown blocks (separated by blank lines), with links turned into their text and images dropped. */
function blocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<a\b[^>]*>([\s\S]*?)<\/a>/g, '$1')
        .trim(),
    )
    .filter((block) => block && !/^(import|export)\s/.test(block) && !/[{}]/.test(block) && !/<[A-Z]/.test(block));
}

const isParagraph = (block: string) => !/^(#|-|\*|\||>|\d+\.)/.test(block);

function harvest(): { templates: Template[]; paragraphs: Map<Locale, string[]> } {
  const templates: Template[] = [];
  const paragraphs = new Map<Locale, string[]>();
  for (const collection of collections) {
    const dir = join(realContent, collection);
    for (const slug of readdirSync(dir).sort()) {
      const files = new Map<Locale, LanguageFile>();
      for (const locale of localeCodes) {
        const path = join(dir, slug, `${locale}.mdx`);
        if (!existsSync(path)) continue;
        const file = splitFile(readFileSync(path, 'utf8'));
        if (!file) continue;
        files.set(locale, file);
        const pool = paragraphs.get(locale) ?? [];
        pool.push(...blocks(file.body).filter(isParagraph));
        paragraphs.set(locale, pool);
      }
      const vi = files.get('vi')?.data;
      // Drafts, embargoed entries and redirects are not what a benchmark page looks like.
      if (!vi || !files.has('en') || vi.draft === true || vi.publishDate) continue;
      templates.push({ collection, slug, files });
    }
  }
  // Interleave the collections in their real proportions, so that a small N still covers them all.
  const position = new Map<Template, number>();
  for (const collection of collections) {
    const list = templates.filter((t) => t.collection === collection);
    list.forEach((t, i) => position.set(t, (i + 0.5) / list.length));
  }
  templates.sort((a, b) => position.get(a)! - position.get(b)! || collections.indexOf(a.collection) - collections.indexOf(b.collection));
  return { templates, paragraphs };
}

// ---------------------------------------------------------------------------------------------
// Generating the synthetic tree

/** Words of the synthetic pages in each language; a language added later gets the English ones. */
const seeAlso: Partial<Record<Locale, string>> & { en: string } = {
  vi: 'Bài liên quan',
  en: 'Related pages',
  fr: 'Pages liées',
  ja: '関連ページ',
  ko: '관련 페이지',
  de: 'Verwandte Seiten',
  zh: '相关页面',
  lo: 'ໜ້າທີ່ກ່ຽວຂ້ອງ',
};
const imageAlt: Partial<Record<Locale, string>> & { en: string } = {
  vi: 'Ruộng bậc thang ở Mù Cang Chải vào mùa lúa chín (ảnh tổng hợp dùng cho thử hiệu năng)',
  en: 'Terraced rice fields in Mù Cang Chải at harvest time (synthetic image for the benchmark)',
  fr: 'Rizières en terrasses de Mù Cang Chải à la saison des récoltes (image synthétique du banc d’essai)',
  ja: '収穫期のムーカンチャイ（Mù Cang Chải）の棚田（ベンチマーク用の合成画像）',
  ko: '수확기의 무깡짜이(Mù Cang Chải) 계단식 논 (벤치마크용 합성 이미지)',
  de: 'Reisterrassen in Mù Cang Chải zur Erntezeit (synthetisches Bild für den Benchmark)',
  zh: '收获季节的木江界（Mù Cang Chải）梯田（基准测试用合成图片）',
  lo: 'ນາຂັ້ນໄດ ຢູ່ມູ່ກັງຈ໋າຍ (Mù Cang Chải) ໃນລະດູເກັບກ່ຽວ (ຮູບສັງເຄາະສຳລັບການທົດສອບ)',
};

interface Generated {
  collection: EntryCollectionName;
  slug: string;
  facts: Record<string, unknown>;
  titles: Map<Locale, string>;
  locales: Locale[];
  image: boolean;
}

function frontmatter(data: Record<string, unknown>): string {
  const lines = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

function shortTitle(title: string, suffix: string): string {
  const room = 110 - suffix.length;
  const chars = [...title];
  return (chars.length <= room ? title : chars.slice(0, room - 1).join('').trimEnd() + '…') + suffix;
}

async function writeImage(path: string, seed: number): Promise<void> {
  // A smooth landscape-like picture with a little grain, different for every seed: compresses like a
  // photo saved as PNG (about 1–2 MB), never identical to another file.
  const width = 1600;
  const height = 1000;
  const random = rng(seed);
  const pixels = Buffer.alloc(width * height * 3);
  const [fx, fy, phase, hue] = [2 + random() * 6, 1 + random() * 4, random() * Math.PI * 2, random()];
  for (let y = 0; y < height; y++) {
    const band = Math.sin((y / height) * fy * Math.PI + phase);
    for (let x = 0; x < width; x++) {
      const wave = Math.sin((x / width) * fx * Math.PI + band * 2);
      const grain = (random() - 0.5) * 10;
      const i = (y * width + x) * 3;
      pixels[i] = Math.max(0, Math.min(255, 90 + 60 * wave + 40 * hue + grain));
      pixels[i + 1] = Math.max(0, Math.min(255, 120 + 70 * band + grain));
      pixels[i + 2] = Math.max(0, Math.min(255, 70 + 50 * wave * band + 60 * (1 - hue) + grain));
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 6 }).toFile(path);
}

async function generate(dir: string, count: number, format: 'mdx' | 'md'): Promise<{ entries: Generated[]; images: number; imageBytes: number; mdxFiles: number }> {
  const { templates, paragraphs } = harvest();
  mkdirSync(join(dir, 'data'), { recursive: true });
  // Every data file (places, sectors, contacts and any the project adds), as they are.
  cpSync(join(realContent, 'data'), join(dir, 'data'), { recursive: true });

  const entries: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const n = Math.floor(i / templates.length) + 1;
    const slug = `${template.slug}-${n}`;
    const vi = template.files.get('vi')!.data;
    const { redirectFrom: _r, draft: _d, publishDate: _p, ...facts } = vi;
    // Only the first copy of a featured article stays featured, so the home page keeps its size.
    if (template.collection === 'articles') facts.featured = n === 1 && vi.featured === true;
    const locales = [...template.files.keys()];
    const titles = new Map<Locale, string>();
    for (const locale of locales) titles.set(locale, shortTitle(String(template.files.get(locale)!.data.title), ` · ${i + 1}`));
    entries.push({ collection: template.collection, slug, facts, titles, locales, image: i % IMAGE_EVERY === IMAGE_EVERY - 1 });
  }

  let images = 0;
  let imageBytes = 0;
  let mdxFiles = 0;
  for (const [i, entry] of entries.entries()) {
    const template = templates[i % templates.length]!;
    const random = rng(i + 1);
    const folder = join(dir, entry.collection, entry.slug);
    mkdirSync(folder, { recursive: true });
    if (entry.image) {
      await writeImage(join(folder, 'photo.png'), i + 1);
      images++;
      imageBytes += statSync(join(folder, 'photo.png')).size;
    }
    // Two links to other synthetic entries, in the same language (every entry exists in every locale).
    const targets = count > 1 ? [entries[(i + 1) % count]!, entries[(i + 7) % count]!].filter((t) => t !== entry) : [];
    for (const locale of entry.locales) {
      const source = template.files.get(locale)!;
      const pool = paragraphs.get(locale) ?? [];
      const body = blocks(source.body).map((block) => (isParagraph(block) && pool.length && random() < 0.5 ? pick(random, pool) : block));
      if (entry.image) body.splice(1, 0, `![${(imageAlt[locale] ?? imageAlt.en)}](./photo.png)`);
      if (targets.length) {
        body.push(`## ${(seeAlso[locale] ?? seeAlso.en)}`);
        body.push(
          targets
            .map((target) => {
              const title = target.titles.get(locale) ?? target.titles.get('en')!;
              return `- [${title.replace(/[[\]]/g, '')}](${entryPath({ collection: target.collection, slug: target.slug, facts: target.facts }, locale)})`;
            })
            .join('\n'),
        );
      }
      const data = locale === 'vi' ? { ...entry.facts, title: entry.titles.get('vi') } : { ...source.data, title: entry.titles.get(locale) };
      // Keep the title first, as editors write it.
      const { title, description, ...rest } = data as Record<string, unknown>;
      writeFileSync(join(folder, `${locale}.${format}`), `${frontmatter({ title, description, ...rest })}\n${body.join('\n\n')}\n`);
      mdxFiles++;
    }
  }
  return { entries, images, imageBytes, mdxFiles };
}

// ---------------------------------------------------------------------------------------------
// Running a build and watching its memory

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): { total: number; processes: { name: string; rss: number }[] } {
  let parents: Map<number, number[]>;
  try {
    parents = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const list = parents.get(ppid) ?? [];
        list.push(Number(name));
        parents.set(ppid, list);
      } catch {
        // the process ended while we looked
      }
    }
  } catch {
    return { total: 0, processes: [] };
  }
  let total = 0;
  const processes: { name: string; rss: number }[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
      if (kb) {
        total += Number(kb) * 1024;
        processes.push({ name: /Name:\s+(.+)/.exec(status)?.[1] ?? '?', rss: Number(kb) * 1024 });
      }
    } catch {
      continue;
    }
    queue.push(...(parents.get(current) ?? []));
  }
  return { total, processes };
}

interface BuildRun {
  seconds: number;
  /** CPU seconds (user + system) of the build and its children, from GNU time; undefined without it. */
  cpuSeconds?: number;
  /** Largest resident size of any single process of the build, from GNU time. */
  maxProcessRss?: number;
  /** The processes that made up the peak, e.g. "node 2.88 GB + pagefind 1.20 GB". */
  peakProcesses: string;
  peakRss: number;
  pagesBuilt: number;
  phases: { name: string; seconds: number }[];
  /** When page generation started and ended (seconds after the build started), to slice a CPU profile. */
  phaseStarts: { pagesStart: number; imagesStart: number };
  warnings: number;
  log: string;
}

const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** A copy of the project to build in, with its own .astro/ and node_modules/.astro/ (see the top). */
function mirrorProject(site: string): void {
  mkdirSync(site, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json', 'scripts/build.ts', 'scripts/after-astro.ts']) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(site, name), { recursive: true });
  }
  mkdirSync(join(site, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    // Caches stay private to the copy: Astro's (.astro), Vite's (.vite) and others (.cache).
    if (['.astro', '.vite', '.cache'].includes(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(site, 'node_modules', name));
  }
}

/** A fingerprint of the code built (src/, config, package files of the copy): the work tree changes under the benchmark. */
function codeFingerprint(site: string): string {
  const hash = createHash('sha256');
  const files = ['astro.config.ts', 'package.json', 'tsconfig.json', ...walk(join(site, 'src')).map((f) => f.slice(site.length + 1))].sort();
  for (const file of files) {
    if (!existsSync(join(site, file))) continue;
    hash.update(file);
    hash.update(readFileSync(join(site, file)));
  }
  return `${hash.digest('hex').slice(0, 12)} (${files.length} files)`;
}

const TIME = '/usr/bin/time';

async function runBuild(label: string, work: string, site: string, contentDir: string, outDir: string, profileDir?: string): Promise<BuildRun> {
  const logPath = join(work, `build-${label}.log`);
  const timePath = join(work, `time-${label}.txt`);
  const log = createWriteStream(logPath);
  const marks: { at: number; line: string }[] = [];
  let warnings = 0;
  const start = performance.now();
  // GNU time, where present, adds the CPU time of the whole build (user + system, children included).
  // The build as `npm run build` runs it: astro build, then the search index and OG images. The
  // profiler, through NODE_OPTIONS, profiles every Node process of it; the largest profile is Astro's.
  const profiler = profileDir ? `--cpu-prof --cpu-prof-dir=${profileDir}` : '';
  const build = [process.execPath, '--import', 'tsx', join(site, 'scripts', 'build.ts'), '--outDir', outDir];
  const [command, ...args] = existsSync(TIME) ? [TIME, '-f', '%e %U %S %M', '-o', timePath, ...build] : build;
  const child = spawn(command!, args, {
    cwd: site,
    // PORTAL_CACHE_DIR (where astro.config.ts reads it) names the same private cache explicitly.
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: contentDir,
      PORTAL_CACHE_DIR: join(site, 'node_modules', '.astro'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...(profiler ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${profiler}`.trim() } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakRss = 0;
  let peakProcesses = '';
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const sample = treeRss(child.pid);
    if (sample.total > peakRss) {
      peakRss = sample.total;
      // What made up the peak: the processes over 50 MB at that moment, and their share.
      peakProcesses = sample.processes
        .filter((p) => p.rss > 50 * 1024 * 1024)
        .sort((a, b) => b.rss - a.rss)
        .map((p) => `${p.name} ${(p.rss / 1024 ** 3).toFixed(2)} GB`)
        .join(' + ');
    }
  }, 100);
  const onData = (() => {
    let rest = '';
    return (chunk: Buffer) => {
      const at = (performance.now() - start) / 1000;
      log.write(chunk);
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop()!;
      for (const raw of lines) {
        const line = stripAnsi(raw);
        if (/\[WARN\]/.test(line)) warnings++;
        if (/^\d\d:\d\d:\d\d |generating static routes|generating optimized images/.test(line) && !/\[WARN\]|├─|└─/.test(line)) marks.push({ at, line });
      }
    };
  })();
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  await new Promise((done) => log.end(done));
  if (code !== 0) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`The ${label} build failed (exit ${code}). Log: ${logPath}\n\n${stripAnsi(tail)}`);
  }
  const find = (pattern: RegExp, after = 0) => marks.find((m) => m.at >= after && pattern.test(m.line))?.at;
  const findLast = (pattern: RegExp) => marks.filter((m) => pattern.test(m.line)).at(-1)?.at;
  const validated = find(/content checked/) ?? 0;
  const syncStart = find(/Syncing content/) ?? validated;
  const syncEnd = find(/Synced content/) ?? syncStart;
  const bundleStart = find(/Building static entrypoints/) ?? syncEnd;
  const pagesStart = find(/generating static routes/) ?? bundleStart;
  // The step after Astro (sitemap and search index side by side, then Open Graph images) logs one
  // line when it finishes (before 26 Nov 13:30 UTC the sitemap was an astro:build:done hook with a line
  // of its own); each gets the time since the previous one.
  const hookPattern = /\[(portal:[\w-]+)\]/;
  const hookMarks = marks.filter((m) => m.at >= pagesStart && hookPattern.test(m.line) && !/content-validation/.test(m.line));
  const firstHook = hookMarks[0]?.at ?? seconds;
  const staticDone = [...marks].reverse().find((m) => m.at <= firstHook && /\[build\] ✓ Completed in/.test(m.line))?.at ?? firstHook;
  const imagesStart = find(/generating optimized images/, pagesStart);
  const hookNames: Record<string, string> = {
    'portal:sitemap': 'sitemap',
    'portal:after-astro': 'Astro exits; then sitemap ‖ Pagefind index, then Open Graph images',
  };
  const hooks: { name: string; seconds: number }[] = [];
  let previous = staticDone;
  for (const mark of hookMarks) {
    const id = hookPattern.exec(mark.line)![1]!;
    const name = `${hookNames[id] ?? 'build:done hook'} (${id})`;
    if (hooks.at(-1)?.name === name) hooks.at(-1)!.seconds += mark.at - previous;
    else hooks.push({ name, seconds: mark.at - previous });
    previous = mark.at;
  }
  const built = findLast(/page\(s\) built in/);
  const pagesBuilt = Number(/(\d+) page\(s\) built/.exec(marks.find((m) => /page\(s\) built/.test(m.line))?.line ?? '')?.[1] ?? 0);
  const phases = [
    { name: 'start-up, config, content validation', seconds: validated },
    { name: 'content sync (content layer)', seconds: syncEnd - syncStart },
    { name: 'types, build info', seconds: bundleStart - syncEnd + (syncStart - validated) },
    { name: 'bundling (Vite: pages + MDX modules)', seconds: pagesStart - bundleStart },
    { name: 'page generation (HTML)', seconds: (imagesStart ?? staticDone) - pagesStart },
    { name: 'image optimisation', seconds: imagesStart === undefined ? 0 : staticDone - imagesStart },
    ...hooks,
    { name: 'finish and exit', seconds: seconds - previous },
  ];
  void built;
  const time = existsSync(timePath) ? readFileSync(timePath, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  const cpuSeconds = time.length === 4 ? time[1]! + time[2]! : undefined;
  const maxProcessRss = time.length === 4 ? time[3]! * 1024 : undefined;
  return { seconds, cpuSeconds, maxProcessRss, peakRss, peakProcesses, pagesBuilt, phases, phaseStarts: { pagesStart, imagesStart: imagesStart ?? staticDone }, warnings, log: logPath };
}

// ---------------------------------------------------------------------------------------------
// Measuring the output

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((p) => join(dir, p)).filter((p) => statSync(p).isFile());
}
const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const gz = (data: Buffer | string) => gzipSync(data, { level: GZIP_LEVEL }).length;

interface Bytes {
  raw: number;
  gz: number;
}
interface PageWeight {
  type: string;
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  totalGz: number;
}

/** The /_astro/ (or any same-site) modules a page loads: script src, modulepreload, then their static imports. */
function pageAssets(dist: string, html: string): { css: string[]; js: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
  const local = (href: string | undefined) => (href && href.startsWith('/') && !href.startsWith('//') ? href.split(/[?#]/)[0]! : undefined);
  const css = new Set<string>();
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (/\brel=["']?stylesheet/.test(tag)) {
      const href = local(attr(tag, 'href'));
      if (href) css.add(href);
    }
  }
  const js = new Set<string>();
  const queue: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = local(attr(tag, 'src'));
    if (src) queue.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (/\brel=["']?modulepreload/.test(tag)) {
      const href = local(attr(tag, 'href'));
      if (href) queue.push(href);
    }
  }
  // Inline module scripts can import modules too.
  for (const inline of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) queue.push(...staticImports(inline, '/'));
  while (queue.length) {
    const src = queue.shift()!;
    if (js.has(src) || !existsSync(join(dist, src))) continue;
    js.add(src);
    queue.push(...staticImports(readFileSync(join(dist, src), 'utf8'), src).filter((s) => s.startsWith('/_astro/')));
  }
  return { css: [...css], js: [...js] };
}

/** `import … from "x"`, `import "x"` and `export … from "x"` (not dynamic `import()`), resolved against `from`. */
function staticImports(code: string, from: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    if (!spec.startsWith('/') && !spec.startsWith('.')) continue;
    found.push(new URL(spec, `http://site${from}`).pathname);
  }
  return found;
}

/** The text of the inline scripts a browser runs (classic or module; not JSON-LD or import maps). */
function inlineScripts(html: string): string {
  const type = (attrs: string) => /\stype\s*=\s*["']?([^"'\s>]+)/.exec(attrs)?.[1] ?? '';
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs, code]) => !/\ssrc\s*=/.test(attrs!) && code!.trim() && /^(|module|text\/javascript|application\/javascript)$/.test(type(attrs!)))
    .map(([, , code]) => code)
    .join('\n');
}

function measurePage(dist: string, type: string, path: string): PageWeight | undefined {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file);
  const { css, js } = pageAssets(dist, html.toString('utf8'));
  const sum = (list: string[]): Bytes =>
    list.reduce((acc, href) => {
      const data = readFileSync(join(dist, href));
      return { raw: acc.raw + data.length, gz: acc.gz + gz(data) };
    }, { raw: 0, gz: 0 });
  // JS counts the script files and the inline scripts; the total counts inline scripts once, in the HTML.
  const files = sum(js);
  const inline = inlineScripts(html.toString('utf8'));
  const weight = { type, path, html: { raw: html.length, gz: gz(html) }, css: sum(css), js: inline ? { raw: files.raw + Buffer.byteLength(inline), gz: files.gz + gz(inline) } : files };
  return { ...weight, totalGz: weight.html.gz + weight.css.gz + files.gz };
}

function samplePages(entries: Generated[], dist: string): [string, string][] {
  const first = (collection: EntryCollectionName) => entries.find((e) => e.collection === collection);
  const path = (entry: Generated | undefined, locale: Locale) => (entry ? entryPath(entry, locale) : '');
  const articles = entries.filter((e) => e.collection === 'articles');
  // The largest topic listing: listings show every article of their topic.
  const topics = new Map<string, number>();
  for (const a of articles) topics.set(String(a.facts.topic), (topics.get(String(a.facts.topic)) ?? 0) + 1);
  const topic = [...topics.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const fallbackLocales: Locale[] = ['ko', 'de', 'zh', 'ja', 'fr', 'lo'];
  const withFallback = articles.find((a) => fallbackLocales.some((l) => !a.locales.includes(l)));
  const fallbackLocale = withFallback ? fallbackLocales.find((l) => !withFallback.locales.includes(l))! : 'ko';
  const list: [string, string][] = [
    ['home', '/en/'],
    [`topic listing (${topic}, ${topics.get(topic ?? '') ?? 0} cards)`, topic ? `/en/${topic}/` : ''],
    ['article', path(articles[0], 'en')],
    [`article fallback (${fallbackLocale})`, path(withFallback, fallbackLocale)],
    ['partner', path(first('partners'), 'en')],
    ['opportunity', path(first('opportunities'), 'en')],
    ['zone', path(first('zones'), 'en')],
    ['event', path(first('events'), 'en')],
    ['press', path(first('press'), 'en')],
    ['search page', '/en/search/'],
  ];
  const imageEntry = articles.find((a) => a.image) ?? entries.find((e) => e.image);
  if (imageEntry) list.push([`${imageEntry.collection === 'articles' ? 'article' : imageEntry.collection} with image`, path(imageEntry, 'en')]);
  return list.filter(([, p]) => p && existsSync(join(dist, p, 'index.html')));
}


// ---------------------------------------------------------------------------------------------
// CPU profile (--profile)

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface ProfileRow {
  name: string;
  seconds: number;
  share: number;
}

/** Where a function lives: a package of node_modules, a file of the project, or what V8 calls it. */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native / V8 built-ins)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return pkg;
  if (path.startsWith('node:')) return 'node: built-in modules';
  const src = /\/(src\/.+)$/.exec(path)?.[1];
  if (src) return src;
  if (/\.astro\/\.prerender|\/chunks\/|prerender-entry/.test(path)) return '(prerender bundle: pages, components, MDX)';
  return path.split('/').slice(-2).join('/');
}

/** Self time of the main thread by owner and by function, over [from, to) seconds of the profile. */
function summariseProfile(file: string, from = 0, to = Infinity): { total: number; byOwner: ProfileRow[]; byFunction: ProfileRow[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let at = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1e6;
    at += delta;
    if (at < from || at >= to) return;
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    total += delta;
    const owner = ownerOf(frame.url, frame.functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + delta);
    const fn = `${frame.functionName || '(anonymous)'} — ${owner}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
  });
  const rows = (map: Map<string, number>) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name, seconds]) => ({ name, seconds, share: total ? seconds / total : 0 }));
  return { total, byOwner: rows(owners), byFunction: rows(functions) };
}

// ---------------------------------------------------------------------------------------------
// Output

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => (align[c] === 'r' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, c) => (align[c] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

function summary(run: BuildRun, pages: number) {
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

/** CPU seconds and how much of the machine they are: 2 cores for 10 s of wall time is 20 s. */
function cpu(run: BuildRun): string {
  if (run.cpuSeconds === undefined) return 'n/a (no /usr/bin/time)';
  return `${s(run.cpuSeconds)} (${((run.cpuSeconds / run.seconds) * 100).toFixed(0)}% of one core on average)`;
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: totalmem(),
    freeMemory: freemem(),
    node: process.version,
    load: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

// ---------------------------------------------------------------------------------------------

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

    mirrorProject(site);
    const code = codeFingerprint(site);
    rmSync(cacheDir, { recursive: true, force: true });
    say('Cold build (empty Astro cache) …');
    const profileDir = options.profile ? join(work, 'profile') : undefined;
    const cold = await runBuild('cold', work, site, contentDir, outDir, profileDir);
    // The profile of the build process itself (Pagefind and sharp work outside its main thread).
    const profileFile = profileDir ? readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(profileDir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0] : undefined;
    const profile = profileFile
      ? { file: profileFile, whole: summariseProfile(profileFile), pageGeneration: summariseProfile(profileFile, cold.phaseStarts.pagesStart, cold.phaseStarts.imagesStart) }
      : undefined;
    say(`  ${s(cold.seconds)}, ${cold.pagesBuilt} pages, peak ${gb(cold.peakRss)}`);

    // Measure the output of the cold build before the second build rewrites it.
    const files = walk(outDir);
    const htmlPages = files.filter((f) => f.endsWith('.html')).length;
    const distBytes = sizeOf(files);
    const pagefindFiles = files.filter((f) => f.startsWith(join(outDir, 'pagefind') + sep));
    const pagefindBytes = sizeOf(pagefindFiles);
    // Pagefind reads every page but indexes only those with data-pagefind-body (real translations).
    const indexedPages = files.filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('data-pagefind-body')).length;
    const imageFiles = files.filter((f) => /\.(webp|avif|png|jpe?g)$/.test(f) && f.includes(`${sep}_astro${sep}`));
    const pages = samplePages(generated.entries, outDir).map(([type, path]) => measurePage(outDir, type, path)!).filter(Boolean);

    say('Second build (nothing changed, Astro cache kept) …');
    const warm = await runBuild('warm', work, site, contentDir, outDir);
    say(`  ${s(warm.seconds)}, peak ${gb(warm.peakRss)}\n`);
    const loadAfter = loadavg().map((l) => Number(l.toFixed(2)));

    const result = {
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
      distBytes,
      files: files.length,
      optimisedImages: { files: imageFiles.length, bytes: sizeOf(imageFiles) },
      pagefind: { bytes: pagefindBytes, files: pagefindFiles.length, bytesPerPage: pagefindBytes / htmlPages, bytesPerIndexedPage: indexedPages ? pagefindBytes / indexedPages : 0 },
      gzipLevel: GZIP_LEVEL,
      pageWeights: pages,
      profile,
      folder: options.keep ? work : undefined,
    };

    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      const m = result.machine;
      console.log(`Portal build benchmark, ${date.slice(0, 16).replace('T', ' ')} UTC`);
      console.log(`${m.cores} cores (${m.cpu}), ${gb(m.memory)} memory, Node ${m.node}, load average (1/5/15 min) before ${m.load.join(' / ')}, after ${result.loadAfter.join(' / ')}`);
      console.log(`Code built: ${code} (sha256 of src/, astro.config.ts, package.json, tsconfig.json as copied at the start)\n`);
      console.log(
        table(
          [
            ['measure', 'value'],
            ['entries', `${result.entries} (${collections.map((c) => `${c} ${perCollection[c]}`).join(', ')})`],
            [`language files (.${options.format})`, `${result.languageFiles} (${localeCodes.map((l) => `${l} ${perLocale[l]}`).join(', ')})`],
            ['images (1600×1000 PNG)', `${result.images} (${mb(result.imageBytes)}); ${result.optimisedImages.files} optimised files out (${mb(result.optimisedImages.bytes)})`],
            ['pages (HTML files)', `${result.pages} (${result.indexedPages} real translations indexed by Pagefind)`],
            ['cold build (empty cache, Pagefind included)', s(cold.seconds)],
            ['seconds per 1,000 pages (cold)', s(result.cold.secondsPer1000Pages)],
            ['CPU time, cold (user + system)', cpu(cold)],
            ['peak memory, cold (RSS of the build process tree)', `${gb(cold.peakRss)} (${cold.peakProcesses})`],
            ...(cold.maxProcessRss ? [['largest single process, cold (GNU time: astro build, Pagefind…)', gb(cold.maxProcessRss)]] : []),
            ['second build, nothing changed', `${s(warm.seconds)} (${result.warm.ratioToCold.toFixed(2)}× cold)`],
            ['CPU time, second build', cpu(warm)],
            ['peak memory, second build', `${gb(warm.peakRss)} (${warm.peakProcesses})`],
            ['dist size', `${mb(distBytes)} in ${result.files} files`],
            ['search index (dist/pagefind)', `${mb(pagefindBytes)} in ${pagefindFiles.length} files: ${kb(result.pagefind.bytesPerPage)} per page, ${kb(result.pagefind.bytesPerIndexedPage)} per indexed page`],
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
      console.log(`\nBytes per page type (HTML + the CSS it links + the JS it loads, static imports followed; gzip level ${GZIP_LEVEL}, each file on its own; JS includes inline scripts, which the total counts once, in the HTML; images and fonts not counted)\n`);
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
      if (options.keep) console.log(`\nKept: ${work} (content/, dist/, site/ with its Astro cache, build-cold.log, build-warm.log)`);
    }
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
