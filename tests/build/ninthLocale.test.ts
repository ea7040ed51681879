/**
 * Adding a language is an entry in src/i18n/locales.ts and a UI file (docs/adding-a-language.md).
 * This test does exactly that in a copy of the project (Spanish, with a UI file copied from English
 * and a few strings translated), builds the publishing fixture with one Spanish translation, and
 * checks what a Spanish reader gets: every page, fallbacks with their notice, the switcher, the
 * sitemap, a Spanish search index, and a search that finds the Spanish page.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser';
import { mirrorProject } from '../../scripts/support/mirrorProject';
import { serveStatic } from '../../scripts/support/staticServer';

const root = join(import.meta.dirname, '..', '..');
const copy = join(mkdtempSync(join(tmpdir(), 'portal-es-')), 'site');
const dist = join(copy, 'dist');

/** The two steps of docs/adding-a-language.md, applied to the copy. */
function addSpanish(): void {
  const localesFile = join(copy, 'src', 'i18n', 'locales.ts');
  const locales = readFileSync(localesFile, 'utf8')
    .replace("import lo from './ui/lo.json';", "import lo from './ui/lo.json';\nimport es from './ui/es.json';")
    .replace(
      '] as const satisfies readonly LocaleDefinition[];',
      `  {
    code: 'es',
    lang: 'es',
    name: 'Español',
    ui: es,
    dir: 'ltr',
    required: false,
    script: latin,
    vagueLinkLabels: ['aquí', 'haz clic aquí', 'más', 'leer más'],
    timeMarkers: { words: ['antiguo', 'antigua', 'hasta', 'antes', 'entonces', 'era', 'fue'], wholeWords: true },
  },
] as const satisfies readonly LocaleDefinition[];`,
    );
  writeFileSync(localesFile, locales);
  const ui = JSON.parse(readFileSync(join(copy, 'src', 'i18n', 'ui', 'en.json'), 'utf8')) as Record<string, string>;
  Object.assign(ui, {
    'nav.home': 'Inicio',
    'site.name': 'Yên Bái · Información',
    'search.title': 'Buscar',
    'notice.fallback': 'Esta página aún no está traducida al español: se muestra en {{language}}.',
  });
  writeFileSync(join(copy, 'src', 'i18n', 'ui', 'es.json'), `${JSON.stringify(ui, null, 2)}\n`);
}

beforeAll(async () => {
  mirrorProject(root, copy);
  const content = join(copy, 'content');
  cpSync(join(root, 'tests', 'fixtures', 'content', 'publishing'), content, { recursive: true });
  writeFileSync(
    join(content, 'articles', 'mu-cang-chai-terraces', 'es.mdx'),
    '---\ntitle: Las terrazas de arroz de Mù Cang Chải\ndescription: Las terrazas de arroz que el pueblo mông construyó en las laderas de Mù Cang Chải.\n---\n\nLas terrazas de arroz de Mù Cang Chải fueron construidas por el pueblo mông.\n',
  );
  // The translation's alt text for the entry's picture, beside its credit (docs/adding-a-language.md, step 3).
  const credits = join(content, 'articles', 'mu-cang-chai-terraces', 'media.yaml');
  writeFileSync(
    credits,
    readFileSync(credits, 'utf8').replace(/^( +)en: (.*)$/m, '$1en: $2\n$1es: Un degradado verde en lugar de una fotografía, para las pruebas'),
  );
  // An entry that stays untranslated: Spanish readers get it in English.
  const lake = join(content, 'articles', 'thac-ba-lake');
  mkdirSync(lake);
  writeFileSync(
    join(lake, 'vi.mdx'),
    '---\ntitle: Hồ Thác Bà\ndescription: Hồ nhân tạo hình thành khi chặn dòng sông Chảy để làm thủy điện Thác Bà.\ntopic: tourism\ndate: 2026-11-26\nsources:\n  - title: Thác Bà Lake\n    url: https://example.org/thac-ba\n---\n\nHồ Thác Bà hình thành khi chặn dòng sông Chảy.\n',
  );
  writeFileSync(
    join(lake, 'en.mdx'),
    '---\ntitle: Thác Bà Lake\ndescription: The artificial lake made when the Chảy River was dammed for the Thác Bà plant.\n---\n\nThác Bà Lake was made when the Chảy River was dammed.\n',
  );
  // Content step of the guide: the sectors' names in the new language (sectors.yaml requires all).
  const sectors = join(content, 'data', 'sectors.yaml');
  writeFileSync(
    sectors,
    readFileSync(sectors, 'utf8').replace(/en: Agriculture and forestry,/, 'en: Agriculture and forestry, es: Agricultura y silvicultura,'),
  );
  addSpanish();
  await promisify(execFile)(process.execPath, ['--import', 'tsx', join(copy, 'scripts', 'build.ts')], {
    cwd: copy,
    env: { ...process.env, PORTAL_CONTENT_DIR: 'content', PORTAL_CACHE_DIR: join(copy, 'node_modules', '.astro') },
    maxBuffer: 64 * 1024 * 1024,
  });
}, 240_000);

const pages = (locale: string) =>
  (readdirSync(join(dist, locale), { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('a ninth language, added as docs/adding-a-language.md says', () => {
  it('has every page the English site has', () => {
    expect(pages('es')).toEqual(pages('en'));
  });

  it('shows a real Spanish translation as Spanish, and the others as English under a notice', () => {
    const translated = page('es/tourism/mu-cang-chai-terraces');
    expect(translated).toContain('<html lang="es"');
    expect(translated).toContain('Las terrazas de arroz de Mù Cang Chải');
    expect(translated).not.toContain('data-fallback-notice');
    const fallback = page('es/tourism/thac-ba-lake');
    expect(fallback).toContain('data-fallback-notice');
    expect(fallback).toMatch(/<h1 lang="en">/);
  });

  it('appears in the language switcher of every language, with its own name', () => {
    for (const locale of ['vi', 'en', 'lo']) expect(page(`${locale}/tourism/mu-cang-chai-terraces`)).toMatch(/hreflang="es"[^>]*>[\s\S]*?Español/);
  });

  it('lists its real pages in the sitemap with hreflang, and no fallback page', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/es/tourism/mu-cang-chai-terraces/</loc>');
    expect(sitemap).toMatch(/hreflang="es" href="[^"]*\/es\/tourism\/mu-cang-chai-terraces\/"/);
    expect(sitemap).toContain('/en/tourism/thac-ba-lake/</loc>');
    expect(sitemap).not.toContain('/es/tourism/thac-ba-lake/</loc>');
  });

  it('gets a Spanish search index', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toContain('es');
  });
});

describe('searching the ninth language in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the Spanish page from the Spanish search page', async () => {
    expect(existsSync(join(dist, 'es', 'search', 'index.html'))).toBe(true);
    const search = await browser.newPage();
    await search.goto(`${server.url}/es/search/?q=terrazas`);
    await search.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    expect(await search.locator('.search-results li a').first().getAttribute('href')).toBe('/es/tourism/mu-cang-chai-terraces/');
    await search.close();
  });
});
