import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { eachLimited } from '../util/eachLimited';

/**
 * Reads every HTML page of a built site (dist/) a few at a time and keeps only what `read` takes
 * from each, in path order. Reading them all at once held every page in memory together: at 8,000
 * pages that was the build's peak.
 * @param read gets the page's HTML and its URL path ('/en/history/' for en/history/index.html)
 */
async function mapBuiltPages<T>(site: string, read: (html: string, path: string) => T, concurrency = 16): Promise<T[]> {
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const results = new Array<T>(files.length);
  await eachLimited(files, concurrency, async (file, i) => {
    const path = `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
    results[i] = read(await readFile(join(site, file), 'utf8'), path);
  });
  return results;
}

/** What the steps after Astro (sitemap, Open Graph images) need from a built page. */
export interface BuiltPageHead {
  /** URL path of the page ('/en/history/x/'). */
  path: string;
  /** `<html lang>`. */
  lang: string | undefined;
  /** Its `<link rel="canonical">`, absolute, as written. */
  canonical: string | undefined;
  /** The path of that canonical URL. */
  canonicalPath: string | undefined;
  /** Its hreflang alternates (x-default included), absolute. */
  alternates: { hreflang: string; href: string }[];
  /** `<meta name="robots">` says noindex. */
  noindex: boolean;
  /** The path of its `og:image`. */
  ogImagePath: string | undefined;
  /** `og:title`, else `<title>`. */
  title: string | undefined;
  /** Labels of the breadcrumbs above the page, without the home page. */
  sections: string[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Decodes the character references Astro writes in text and attribute values. */
function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Reads a built page's head (and its breadcrumbs) once for every step after Astro.
 * @example readBuiltPageHead('<link rel="canonical" href="https://x/en/">', '/en/').canonicalPath // '/en/'
 */
export function readBuiltPageHead(html: string, path: string): BuiltPageHead {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const meta = (property: string) => {
    const tag = head.match(new RegExp(`<meta\\s[^>]*property="${property}"[^>]*>`))?.[0];
    return tag ? decodeHtml(attr(tag, 'content') ?? '') : undefined;
  };
  const links = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const canonicalTag = links.find((tag) => attr(tag, 'rel') === 'canonical');
  const canonical = canonicalTag ? attr(canonicalTag, 'href') : undefined;
  const pathOf = (url: string | undefined) => (url ? new URL(decodeHtml(url), 'http://x').pathname : undefined);
  const crumbs = /<nav class="breadcrumbs"[^>]*>\s*<ol>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  // Linked crumbs are the page's ancestors; the first one is the home page.
  const sections = [...crumbs.matchAll(/<li>\s*<a\b[^>]*>([\s\S]*?)<\/a>\s*<\/li>/g)].map((m) => decodeHtml(m[1]!.replace(/<[^>]*>/g, '')).trim()).slice(1);
  // A copy: strings matched out of the page are slices that keep the whole HTML alive (10,000
  // pages of it at 1,250 entries: over 1 GB held until the build ends).
  return structuredClone({
    path,
    lang: /<html\b[^>]*\slang="([^"]+)"/.exec(head)?.[1],
    canonical,
    canonicalPath: pathOf(canonical),
    alternates: links
      .filter((tag) => attr(tag, 'rel') === 'alternate' && attr(tag, 'hreflang'))
      .map((tag) => ({ hreflang: attr(tag, 'hreflang')!, href: attr(tag, 'href')! })),
    noindex: /<meta\s+name="robots"\s+content="[^"]*noindex/.test(head),
    ogImagePath: pathOf(meta('og:image')),
    title: meta('og:title') ?? decodeHtml(/<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? '').trim(),
    sections,
  });
}

/** The head of every HTML page of a built site, in path order. */
export function readBuiltPageHeads(site: string): Promise<BuiltPageHead[]> {
  return mapBuiltPages(site, readBuiltPageHead);
}
