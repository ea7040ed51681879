/** Measuring the output: files and bytes of dist/, and what each page type sends to a reader. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locale } from '../../src/i18n/locales';
import { entryPath } from '../../src/lib/entryPath';
import type { EntryCollectionName } from '../../src/schemas/registry';
import type { Generated } from './generate.ts';

/** gzip level used for every "gz" figure: 9, the most a server would use for static files. */
export const GZIP_LEVEL = 9;

/** Every file under a folder, as full paths. */
export function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((p) => join(dir, p)).filter((p) => statSync(p).isFile());
}
/** Total size of the files, in bytes. */
export const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const gz = (data: Buffer | string) => gzipSync(data, { level: GZIP_LEVEL }).length;

interface Bytes {
  raw: number;
  gz: number;
}
export interface PageWeight {
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

/** Bytes of one page of dist/ and of the CSS and JS it loads, raw and gzipped. */
function measurePage(dist: string, type: string, path: string): PageWeight | undefined {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file);
  const { css, js } = pageAssets(dist, html.toString('utf8'));
  const sum = (list: string[]): Bytes =>
    list.reduce(
      (acc, href) => {
        const data = readFileSync(join(dist, href));
        return { raw: acc.raw + data.length, gz: acc.gz + gz(data) };
      },
      { raw: 0, gz: 0 },
    );
  // JS counts the script files and the inline scripts; the total counts inline scripts once, in the HTML.
  const files = sum(js);
  const inline = inlineScripts(html.toString('utf8'));
  const weight = {
    type,
    path,
    html: { raw: html.length, gz: gz(html) },
    css: sum(css),
    js: inline ? { raw: files.raw + Buffer.byteLength(inline), gz: files.gz + gz(inline) } : files,
  };
  return { ...weight, totalGz: weight.html.gz + weight.css.gz + files.gz };
}

/** One page of each type (home, listing, article, fallback, …) that the build wrote: [type, path]. */
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

/** Files, bytes, search index and page weights of a build's dist/. */
export function measureOutput(outDir: string, entries: Generated[]) {
  const files = walk(outDir);
  const htmlPages = files.filter((f) => f.endsWith('.html')).length;
  const distBytes = sizeOf(files);
  const pagefindFiles = files.filter((f) => f.startsWith(join(outDir, 'pagefind') + sep));
  const pagefindBytes = sizeOf(pagefindFiles);
  // Pagefind reads every page but indexes only those with data-pagefind-body (real translations).
  const indexedPages = files.filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('data-pagefind-body')).length;
  const imageFiles = files.filter((f) => /\.(webp|avif|png|jpe?g)$/.test(f) && f.includes(`${sep}_astro${sep}`));
  const pages = samplePages(entries, outDir)
    .map(([type, path]) => measurePage(outDir, type, path)!)
    .filter(Boolean);
  return { files, htmlPages, distBytes, pagefindFiles, pagefindBytes, indexedPages, imageFiles, pages };
}
