import { describe, expect, it } from 'vitest';
import { readBuiltPageHead } from './builtPages';

const html = `<!DOCTYPE html><html lang="fr"><head><title>Lac Thác Bà | Portail</title>
<link rel="canonical" href="https://x/fr/tourism/thac-ba-lake/">
<link rel="alternate" hreflang="vi" href="https://x/vi/tourism/thac-ba-lake/"><link rel="alternate" hreflang="x-default" href="https://x/vi/tourism/thac-ba-lake/">
<meta property="og:title" content="Lac Thác Bà &amp; ses îles"><meta property="og:image" content="https://x/og/fr/tourism/thac-ba-lake.png">
</head><body><nav class="breadcrumbs" aria-label="Fil d’Ariane"><ol><li><a href="/fr/">Accueil</a></li><li><a href="/fr/tourism/">Tourisme &amp; loisirs</a></li><li aria-current="page">Lac Thác Bà</li></ol></nav></body></html>`;

describe('readBuiltPageHead', () => {
  it('reads in one pass what the sitemap and the Open Graph images need', () => {
    expect(readBuiltPageHead(html, '/fr/tourism/thac-ba-lake/')).toEqual({
      path: '/fr/tourism/thac-ba-lake/',
      lang: 'fr',
      canonical: 'https://x/fr/tourism/thac-ba-lake/',
      canonicalPath: '/fr/tourism/thac-ba-lake/',
      alternates: [
        { hreflang: 'vi', href: 'https://x/vi/tourism/thac-ba-lake/' },
        { hreflang: 'x-default', href: 'https://x/vi/tourism/thac-ba-lake/' },
      ],
      noindex: false,
      ogImagePath: '/og/fr/tourism/thac-ba-lake.png',
      title: 'Lac Thác Bà & ses îles',
      sections: ['Tourisme & loisirs'],
    });
  });

  it('falls back to <title> without og:title, and sees noindex', () => {
    const head = readBuiltPageHead('<html lang="en"><head><title>Not found</title><meta name="robots" content="noindex"></head></html>', '/en/404/');
    expect(head).toMatchObject({ title: 'Not found', noindex: true, canonical: undefined, ogImagePath: undefined, sections: [] });
  });
});
