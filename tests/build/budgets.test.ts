/**
 * Byte budgets of the built pages (bytes, not time: they do not depend on the machine).
 *
 * A page's weight is its HTML plus every stylesheet it links plus every script it loads (`<script
 * src>`, `modulepreload`, and the static imports of those modules inside /_astro/, followed; dynamic
 * `import()`, e.g. Pagefind's files loaded when someone searches, is not counted), each file gzipped
 * on its own at level 9 as a server would send it. Images and fonts are not counted. The JavaScript
 * figure also counts the page's inline scripts (gzipped together; JSON-LD is data, not script), which
 * the page total already has inside its HTML. The CSS figure likewise counts inline `<style>`
 * (the build inlines the stylesheets: see astro.config.ts).
 *
 * - a content page (HTML + CSS + JS): at most 25 KB gzip;
 * - JavaScript on an entry page (article, partner, event, press, zone, opportunity): at most 5 KB gzip;
 * - all the CSS of a page, linked or inline: at most 15 KB gzip.
 *
 * `npm run bench` prints the same figures for a synthetic site of any size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLocale } from '../../src/i18n/locales';
import { topics } from '../../src/schemas/articles';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist';

beforeAll(assertBuilt);

const KB = 1024;
const PAGE_BUDGET = 25 * KB;
const JS_BUDGET = 5 * KB;
const CSS_BUDGET = 15 * KB;
/** The languages whose pages are weighed: the two required ones, a CJK one and Lao (long scripts). */
const budgetLocales = ['vi', 'en', 'ja', 'lo'];

const gzipped = new Map<string, number>();
/** Gzipped size (level 9) of a file of dist/ by its URL path, once per file. */
function gzipSizeOf(path: string): number {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length);
  return gzipped.get(path)!;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`).exec(tag)?.[1];
/** A path on this site (not another origin), without query or hash. */
const local = (href: string | undefined) => (href && href.startsWith('/') && !href.startsWith('//') ? href.split(/[?#]/)[0]! : undefined);
const linkTags = (html: string) => html.match(/<link\b[^>]*>/g) ?? [];

/** `import … from "x"`, `import "x"`, `export … from "x"` (never dynamic `import()`), resolved against `from`. */
function staticImports(code: string, from: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    if (spec.startsWith('/') || spec.startsWith('.')) found.push(new URL(spec, `http://site${from}`).pathname);
  }
  return found;
}

function stylesheetsOf(html: string): string[] {
  return [
    ...new Set(
      linkTags(html)
        .filter((tag) => attr(tag, 'rel') === 'stylesheet')
        .map((tag) => local(attr(tag, 'href')))
        .filter((h): h is string => Boolean(h)),
    ),
  ];
}

function scriptsOf(html: string): string[] {
  const queue: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = local(attr(tag, 'src'));
    if (src) queue.push(src);
  }
  for (const tag of linkTags(html)) {
    const href = local(attr(tag, 'href'));
    if (attr(tag, 'rel') === 'modulepreload' && href) queue.push(href);
  }
  for (const inline of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) queue.push(...staticImports(inline, '/'));
  const seen = new Set<string>();
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src) || !existsSync(join(distDir, src))) continue;
    seen.add(src);
    queue.push(...staticImports(readFileSync(join(distDir, src), 'utf8'), src).filter((s) => s.startsWith('/_astro/')));
  }
  return [...seen];
}

/** The text of the inline scripts a browser runs (classic or module; not JSON-LD or import maps). */
function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(
      ([, attrs, code]) => !/\ssrc\s*=/.test(attrs!) && code!.trim() && /^(|module|text\/javascript|application\/javascript)$/.test(attr(attrs!, 'type') ?? ''),
    )
    .map(([, , code]) => code)
    .join('\n');
}

interface Weight {
  path: string;
  html: number;
  css: number;
  /** Scripts loaded from files plus the inline ones. */
  js: number;
  /** HTML (inline styles and scripts included) + stylesheet files + script files. */
  total: number;
}

function weigh(path: string): Weight {
  const source = readPage(path);
  const html = gzipSizeOf(path.endsWith('/') ? `${path}index.html` : path);
  const styles = [...source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('\n');
  const linkedCss = stylesheetsOf(source).reduce((sum, href) => sum + gzipSizeOf(href), 0);
  const css = linkedCss + (styles ? gzipSync(styles, { level: 9 }).length : 0);
  const files = scriptsOf(source).reduce((sum, src) => sum + gzipSizeOf(src), 0);
  const inline = inlineScripts(source);
  const js = files + (inline ? gzipSync(inline, { level: 9 }).length : 0);
  // Inline styles and scripts are already inside the HTML's bytes.
  return { path, html, css, js, total: html + linkedCss + files };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const describeWeight = (w: Weight) => `${w.path}: ${kb(w.total)} (HTML ${kb(w.html)} with inline CSS and scripts; CSS ${kb(w.css)}, JS ${kb(w.js)})`;

/** Pages of the public site; static redirect pages (old slugs) only forward and are left out. */
const sitePages = () => builtPages().filter((p) => p.endsWith('/') && isLocale(p.split('/')[1]) && !/http-equiv="refresh"/i.test(readPage(p)));

const topicPattern = topics.join('|');
const localePattern = budgetLocales.join('|');
const pageTypes = {
  article: new RegExp(`^/(${localePattern})/(${topicPattern})/[^/]+/$`),
  partner: new RegExp(`^/(${localePattern})/partners/[^/]+/$`),
  event: new RegExp(`^/(${localePattern})/events/[^/]+/$`),
  press: new RegExp(`^/(${localePattern})/press/[^/]+/$`),
  opportunity: new RegExp(`^/(${localePattern})/invest/opportunities/[^/]+/$`),
  zone: new RegExp(`^/(${localePattern})/invest/zones/[^/]+/$`),
  'topic listing': new RegExp(`^/(${localePattern})/(${topicPattern})/$`),
  home: new RegExp(`^/(${localePattern})/$`),
} as const;
type PageType = keyof typeof pageTypes;
const entryTypes: PageType[] = ['article', 'partner', 'event', 'press', 'zone', 'opportunity'];

let weights: Map<PageType, Weight[]>;
let allPages: Weight[];
beforeAll(() => {
  const pages = sitePages();
  weights = new Map((Object.keys(pageTypes) as PageType[]).map((type) => [type, pages.filter((p) => pageTypes[type].test(p)).map(weigh)]));
  allPages = pages.map(weigh);
});

const heaviest = (list: Weight[], key: keyof Omit<Weight, 'path'>) => list.reduce((max, w) => (w[key] > max[key] ? w : max));

describe('page weight budgets (gzip level 9, images and fonts not counted)', () => {
  for (const type of Object.keys(pageTypes) as PageType[]) {
    it(`keeps every ${type} page under 25 KB gzip, with its CSS and JS (${budgetLocales.join(', ')})`, () => {
      const list = weights.get(type)!;
      expect(list.length, `no ${type} page found in dist/ for ${budgetLocales.join(', ')}`).toBeGreaterThan(0);
      const over = list.filter((w) => w.total > PAGE_BUDGET).map(describeWeight);
      expect(
        over,
        `${over.length} of ${list.length} ${type} pages weigh more than ${kb(PAGE_BUDGET)}; heaviest ${describeWeight(heaviest(list, 'total'))}`,
      ).toEqual([]);
    });
  }

  for (const type of entryTypes) {
    it(`loads at most 5 KB gzip of JavaScript on every ${type} page`, () => {
      const list = weights.get(type)!;
      expect(list.length, `no ${type} page found in dist/`).toBeGreaterThan(0);
      const over = list.filter((w) => w.js > JS_BUDGET).map((w) => `${w.path}: JS ${kb(w.js)}`);
      const top = heaviest(list, 'js');
      expect(over, `${over.length} of ${list.length} ${type} pages load more than ${kb(JS_BUDGET)} of JavaScript; heaviest ${top.path}: ${kb(top.js)}`).toEqual(
        [],
      );
    });
  }

  it('carries at most 15 KB gzip of CSS, linked or inline, on every page', () => {
    expect(allPages.length).toBeGreaterThan(0);
    // Every page is styled: a CSS figure of zero would mean the styles were not found.
    expect(Math.min(...allPages.map((w) => w.css))).toBeGreaterThan(2 * KB);
    const over = allPages.filter((w) => w.css > CSS_BUDGET).map((w) => `${w.path}: CSS ${kb(w.css)}`);
    const top = heaviest(allPages, 'css');
    expect(over, `${over.length} of ${allPages.length} pages carry more than ${kb(CSS_BUDGET)} of CSS; heaviest ${top.path}: ${kb(top.css)}`).toEqual([]);
  });
});
