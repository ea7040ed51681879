import { describe, expect, it } from 'vitest';
import { readBuiltPageHead } from './builtPages';
import { sitemapXml } from './sitemapXml';

const page = (canonical: string, alternates: string[] = []) =>
  `<html><head><link rel="canonical" href="${canonical}">${alternates
    .map((a) => `<link rel="alternate" hreflang="${a.split('|')[0]}" href="${a.split('|')[1]}">`)
    .join('')}</head><body></body></html>`;

describe('sitemapXml()', () => {
  it('lists a page with its real translations as alternates', () => {
    const html = page('https://x/en/a/', ['vi|https://x/vi/a/', 'en|https://x/en/a/']);
    const xml = sitemapXml([readBuiltPageHead(html, '/en/a/')], 'https://x');
    expect(xml).toContain('<loc>https://x/en/a/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="vi" href="https://x/vi/a/"/>');
  });

  it('leaves out a fallback page whose canonical is another language', () => {
    const html = page('https://x/en/a/');
    expect(sitemapXml([readBuiltPageHead(html, '/ja/a/')], 'https://x')).not.toContain('/ja/a/');
  });

  it('leaves out pages marked noindex', () => {
    const html = '<html><head><meta name="robots" content="noindex"><link rel="canonical" href="https://x/404.html"></head></html>';
    expect(sitemapXml([readBuiltPageHead(html, '/404.html')], 'https://x')).not.toContain('<loc>');
  });
});
