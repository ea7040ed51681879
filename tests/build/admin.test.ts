/**
 * The browser editor in the build: a static page of its own under /admin/, with its own policy,
 * never indexed, in no sitemap or search index, and linked from no public page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist';

describe('dist/admin/', () => {
  assertBuilt();
  const page = readPage('/admin/');

  it('is a page with its own policy: scripts from its own files only, nothing inline', () => {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(page.match(/<script\b[^>]*>/g)).toEqual([
      '<script src="/admin/setup.js">',
      '<script src="/admin/sveltia-cms.js">',
      '<script type="module" src="/admin/main.js">',
    ]);
    expect(page).not.toMatch(/<script\b[^>]*>[^<]/);
  });

  it('loads nothing from another site: the fonts and interface strings are the npm package’s own', () => {
    const script = readFileSync(join(distDir, 'admin', 'sveltia-cms.js'), 'utf8');
    expect(script).not.toContain('cdn.jsdelivr.net');
    expect(readdirSync(join(distDir, 'admin', 'fonts')).length).toBe(3);
    expect(readdirSync(join(distDir, 'admin', 'sveltia', 'locales'))).toEqual(expect.arrayContaining(['vi.json', 'en-GB.json']));
  });

  it('is never indexed, in no sitemap and outside the search index', () => {
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('data-pagefind-body');
    expect(page).toContain('data-pagefind-ignore="all"');
    expect(readFileSync(join(distDir, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('is linked from no page of the public site', () => {
    const linking = builtPages().filter((path) => path !== '/admin/' && /href="[^"]*\/admin\//.test(readPage(path)));
    expect(linking).toEqual([]);
  });
});
