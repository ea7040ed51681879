import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLocale, localeCodes, localeToLang } from '../../src/i18n/locales';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist';

beforeAll(assertBuilt);

const site = 'http://localhost:4321';
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const links = (html: string, rel: string) => [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => attr(tag, 'rel') === rel);
const canonicalOf = (html: string) => attr(links(html, 'canonical')[0] ?? '', 'href');
const alternatesOf = (html: string) =>
  Object.fromEntries(
    links(html, 'alternate')
      .filter((l) => attr(l, 'hreflang'))
      .map((l) => [attr(l, 'hreflang')!, attr(l, 'href')!]),
  );
const isFallback = (html: string) => html.includes('data-fallback-notice');
// Pages of the public site in a language (the chooser at / and the editors' pages are apart).
const pages = () => builtPages().filter((p) => p.endsWith('/') && isLocale(p.split('/')[1]));

describe('the built site', () => {
  it('has a home page in every locale with the right html lang', () => {
    for (const locale of localeCodes) {
      expect(readPage(`/${locale}/`)).toContain(`<html lang="${localeToLang(locale)}"`);
    }
  });

  it('builds every article in every locale, translated or not', () => {
    const articles = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'articles'));
    const built = new Set(builtPages());
    for (const slug of articles) {
      const inLocales = localeCodes.filter((l) => [...built].some((p) => p.startsWith(`/${l}/`) && p.endsWith(`/${slug}/`)));
      expect(inLocales, slug).toEqual([...localeCodes]);
    }
  });

  it('keeps the editors’ translation status out of search engines and the sitemap', () => {
    expect(readPage('/editors/translations/')).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(readPage('/sitemap.xml')).not.toContain('/editors/');
  });

  it('serves the language chooser at / as the x-default, listing every home page', () => {
    const html = readPage('/');
    expect(alternatesOf(html)['x-default']).toBe(`${site}/`);
    for (const locale of localeCodes) expect(alternatesOf(html)[localeToLang(locale)]).toBe(`${site}/${locale}/`);
  });

  it('gives every page a lang matching its URL prefix', () => {
    for (const path of pages()) {
      const locale = path.split('/')[1] as (typeof localeCodes)[number];
      expect(readPage(path), path).toContain(`<html lang="${localeToLang(locale)}"`);
    }
  });

  it('keeps hreflang reciprocal: every alternate lists this page back', () => {
    for (const path of pages()) {
      const html = readPage(path);
      const alternates = alternatesOf(html);
      for (const [hreflang, href] of Object.entries(alternates)) {
        if (hreflang === 'x-default') continue;
        const other = readPage(new URL(href).pathname);
        expect(alternatesOf(other)[hreflang], `${path} → ${href}`).toBe(href);
        expect(Object.values(alternatesOf(other)), `${href} lists ${path}`).toContain(`${site}${path}`);
      }
    }
  });

  it('points a fallback page’s canonical to the language it shows and leaves it out of hreflang', () => {
    const fallbacks = pages().filter((p) => isFallback(readPage(p)));
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const path of fallbacks) {
      const html = readPage(path);
      const canonical = canonicalOf(html)!;
      expect(canonical, path).not.toBe(`${site}${path}`);
      const shown = readPage(new URL(canonical).pathname);
      expect(isFallback(shown), `${canonical} is a real translation`).toBe(false);
      expect(alternatesOf(html), path).toEqual({});
      // The text is marked with its real language.
      const lang = /<div class="prose" lang="([^"]+)"/.exec(html)?.[1];
      expect(lang, path).toBe(new URL(canonical).pathname.split('/')[1] === 'vi' ? 'vi' : 'en');
    }
  });

  it('does not let Pagefind index a fallback page', () => {
    for (const path of pages()) {
      const html = readPage(path);
      if (isFallback(html)) expect(html, path).not.toContain('data-pagefind-body');
    }
  });

  it('writes a sitemap without fallback pages and with every real translation', () => {
    const sitemap = readPage('/sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const path of pages()) {
      const html = readPage(path);
      const noindex = html.includes('<meta name="robots" content="noindex');
      expect(locs.includes(path), path).toBe(!isFallback(html) && !noindex);
    }
  });

  it('builds one Pagefind index per language', () => {
    const entry = JSON.parse(readPage('/pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    for (const locale of localeCodes) {
      const key = Object.keys(entry.languages).find((k) => k.toLowerCase().startsWith(localeToLang(locale).toLowerCase().slice(0, 2)));
      expect(key, `index for ${locale}`).toBeDefined();
    }
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
