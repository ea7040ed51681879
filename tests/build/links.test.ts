import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist';

beforeAll(assertBuilt);

/** Where an internal href lands in dist/, or undefined when nothing is there. */
function target(href: string, from: string): string | undefined {
  const url = new URL(href, `http://site${from}`);
  const path = decodeURIComponent(url.pathname);
  const candidates = path.endsWith('/') ? [join(distDir, path, 'index.html')] : [join(distDir, path), join(distDir, path, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

describe('internal links', () => {
  it('all lead to a page or file that exists', () => {
    const broken: string[] = [];
    for (const page of builtPages()) {
      const html = readPage(page);
      for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (!href || /^(https?:|mailto:|tel:|#|data:)/.test(href)) continue;
        if (!target(href, page)) broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('stay in the page’s language inside article text', () => {
    const jumps: string[] = [];
    for (const page of builtPages().filter((p) => /^\/[a-z]{2}\/.+\/.+\/$/.test(p))) {
      const html = readPage(page);
      const prose = /<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*(?:<section class="timeline"[\s\S]*?)?<section class="sources"/.exec(html)?.[1] ?? '';
      const locale = /<div class="prose" lang="([a-z]{2})/.exec(html)?.[1] ?? page.split('/')[1];
      for (const [, href] of prose.matchAll(/\shref="(\/[^"]*)"/g)) {
        if (!href!.startsWith(`/${locale}/`)) jumps.push(`${page} → ${href}`);
      }
    }
    expect(jumps).toEqual([]);
  });
});

describe('links to other websites', () => {
  it('carry rel="noopener" everywhere', () => {
    const bare: string[] = [];
    for (const page of builtPages().filter((p) => p.endsWith('/'))) {
      for (const [tag] of readPage(page).matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        if (!/\srel="[^"]*noopener/.test(tag)) bare.push(`${page}: ${tag}`);
      }
    }
    expect(bare.slice(0, 10)).toEqual([]);
  });
});
