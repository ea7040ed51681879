/** What the sitemap needs to know about one built page, read from its `<head>`. */
export interface BuiltPage {
  /** Absolute URL the page is served at. */
  url: string;
  /** Its `<link rel="canonical">`, absolute. */
  canonical: string | undefined;
  /** Its hreflang alternates (x-default included), absolute. */
  alternates: { hreflang: string; href: string }[];
  noindex: boolean;
}

/**
 * Reads the facts the sitemap needs from a page's HTML.
 * @example readPageHead('<link rel="canonical" href="https://x/en/">', 'https://x/en/').canonical // 'https://x/en/'
 */
export function readPageHead(html: string, url: string): BuiltPage {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const links = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const canonical = links.find((l) => attr(l, 'rel') === 'canonical');
  return {
    url,
    canonical: canonical ? attr(canonical, 'href') : undefined,
    alternates: links
      .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang'))
      .map((l) => ({ hreflang: attr(l, 'hreflang')!, href: attr(l, 'href')! })),
    noindex: /<meta\s+name="robots"\s+content="[^"]*noindex/.test(head),
  };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A sitemap of the pages that are their own canonical: fallback pages (canonical elsewhere) and
 * noindex pages are left out; each page lists its real translations as xhtml:link alternates.
 */
export function sitemapXml(pages: readonly BuiltPage[]): string {
  const listed = pages
    .filter((p) => !p.noindex && p.canonical === p.url)
    .sort((a, b) => a.url.localeCompare(b.url));
  const urls = listed.map((p) =>
    [
      '  <url>',
      `    <loc>${escapeXml(p.url)}</loc>`,
      ...p.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`),
      '  </url>',
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
