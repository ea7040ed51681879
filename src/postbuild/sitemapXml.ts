import type { BuiltPageHead } from './builtPages';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A sitemap of the pages that are their own canonical: fallback pages (canonical elsewhere) and
 * noindex pages are left out; each page lists its real translations as xhtml:link alternates.
 */
export function sitemapXml(pages: readonly BuiltPageHead[], origin: string): string {
  const listed = pages
    .map((p) => ({ ...p, url: new URL(p.path, origin).href }))
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
