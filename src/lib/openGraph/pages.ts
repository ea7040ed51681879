import { mapBuiltPages } from '../builtPages';

/** What an Open Graph image needs from a built page's HTML. */
export interface PageHead {
  /** URL path of the page ('/en/history/x/'). */
  path: string;
  lang: string | undefined;
  canonicalPath: string | undefined;
  ogImagePath: string | undefined;
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

/** Reads the head of every HTML page of a built site (`outDir`, e.g. dist/), each under its URL path. */
export function readBuiltPages(outDir: string): Promise<PageHead[]> {
  return mapBuiltPages(outDir, readPageForImage);
}
