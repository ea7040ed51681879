/**
 * A translation made in a CAT tool, imported with the one command a translator runs, then built:
 * the fixture tree of tests/fixtures/content/translation/ (vi and en only) receives the French file
 * OmegaT saved (tests/fixtures/xliff/omegat-fr.xlf), and `astro build` publishes it as a French
 * page like any other: its own language, its links inside the portal in French, its picture's
 * French alt text, indexed for search; the entry left untranslated stays a fallback page.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'portal-translation-import-'));
const content = join(temp, 'content');
const outDir = join(temp, 'dist');
let importOutput = '';

beforeAll(async () => {
  cpSync(join(root, 'tests', 'fixtures', 'content', 'translation'), content, { recursive: true });
  const run = promisify(execFile);
  const env = { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: join(temp, 'cache') };
  const imported = await run(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'translations.ts'), '--import', join(root, 'tests', 'fixtures', 'xliff', 'omegat-fr.xlf')],
    {
      cwd: root,
      env,
    },
  );
  importOutput = imported.stdout;
  // The pages are astro build's; the search index and Open Graph images after it are not at stake here.
  await run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], { cwd: root, env, timeout: 240_000 });
}, 300_000);

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

describe('a translation imported from OmegaT and built', () => {
  it('was written by the import command, which says so', () => {
    expect(importOutput).toMatch(/wrote .*articles\/mu-cang-chai-terraces\/fr\.mdx/);
    expect(importOutput).toContain('Imported 1 fr files');
  });

  it('is a French page, in French, with its picture described in French', () => {
    const html = page('fr/tourism/mu-cang-chai-terraces');
    expect(html).toMatch(/<html lang="fr"/);
    expect(html).toContain('<h1>Les rizières en terrasses de Mù Cang Chải</h1>');
    expect(html).toContain('<h2');
    expect(html).toContain('Les deux plus belles saisons');
    expect(html).toMatch(/<th[^>]*>Saison<\/th>/);
    expect(html).toMatch(/alt="Un rectangle vert à la place d.une photographie, pour les tests"/);
    expect(html).toContain('data-pagefind-body');
    expect(html).not.toContain('Ruộng bậc thang Mù Cang Chải do');
  });

  it('links inside the portal in French, as a translation must', () => {
    const html = page('fr/tourism/mu-cang-chai-terraces');
    expect(html).toMatch(/<a href="\/fr\/tourism\/thac-ba-lake\/">lac Thác Bà<\/a>/);
    expect(html).not.toContain('href="/vi/tourism/thac-ba-lake/"');
  });

  it('leaves the entry that was not translated a fallback page, not indexed', () => {
    const html = page('fr/tourism/thac-ba-lake');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain('Thác Bà lake');
  });
});
