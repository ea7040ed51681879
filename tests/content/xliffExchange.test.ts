/**
 * The exchange with translators' tools (npm run translations -- --export / --import): real entries
 * go out and come back without a changed byte, a translation comes back at its place, a file
 * whose source changed since the export is refused by name, and a file saved by OmegaT (a real
 * one, tests/fixtures/xliff/omegat-fr.xlf) becomes a French file in the structure of vi.mdx.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { localeCodes, sourceLocale } from '../../src/i18n/locales';
import { entryCollections, type EntryCollectionName } from '../../src/schemas/registry';
import { buildExport, type EntryRef } from '../../src/editorial/xliff/exportXliff';
import { importXliff } from '../../src/editorial/xliff/importXliff';
import { readXliff, writeXliff } from '../../src/editorial/xliff/xliffFile';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'tests', 'fixtures', 'content', 'translation');
const omegatFile = join(root, 'tests', 'fixtures', 'xliff', 'omegat-fr.xlf');

/** A copy of a content tree to import into: the tests never write into content/ or the fixtures. */
function copyOf(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'portal-xliff-')), 'content');
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** Every entry of a content tree. */
function entriesOf(dir: string): EntryRef[] {
  return Object.keys(entryCollections).flatMap((collection) =>
    existsSync(join(dir, collection)) ? readdirSync(join(dir, collection)).sort().map((slug) => ({ collection: collection as EntryCollectionName, slug })) : [],
  );
}

/** Every file of a tree with its bytes, to compare two trees. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(
    (readdirSync(dir, { recursive: true }) as string[]).filter((path) => statSync(join(dir, path)).isFile()).map((path) => [path, readFileSync(join(dir, path))]),
  );
}

describe('an export imported again untranslated', () => {
  const content = join(root, 'content');
  const copy = copyOf(content);
  const before = snapshot(copy);

  it.each(localeCodes.filter((l) => l !== sourceLocale))('changes no byte of the real content (%s)', async (locale) => {
    const { doc } = buildExport(content, locale, entriesOf(content));
    const result = await importXliff(await writeXliff(doc), copy, root);
    expect(result.stale).toEqual([]);
    expect(result.written).toEqual([]);
    expect(result.incomplete).toEqual([]);
    // The existing translations did go through: their text was the units' targets.
    const existing = entriesOf(content).filter(({ collection, slug }) => existsSync(join(content, collection, slug, `${locale}.mdx`))).length;
    expect(result.unchanged.length).toBeGreaterThan(0);
    expect(result.unchanged.length + result.untranslated.length).toBe(entriesOf(content).length);
    expect(result.unchanged.length).toBeLessThanOrEqual(existing);
    const after = snapshot(copy);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
  });
});

describe('the units of an export', () => {
  it('are words only: every word field of every collection, never a language-neutral fact', () => {
    const content = join(root, 'content');
    const { doc } = buildExport(content, 'fr', entriesOf(content));
    const fieldKeys = new Set<string>();
    for (const { entry, units } of doc.entries) {
      const collection = entry.split('/')[0] as EntryCollectionName;
      const neutral = Object.keys(entryCollections[collection].neutral.shape);
      for (const unit of units.filter((u) => u.kind === 'field')) {
        const key = unit.id.split('.')[0]!;
        expect(neutral, `${entry}: ${unit.id}`).not.toContain(key);
        fieldKeys.add(key);
      }
    }
    expect([...fieldKeys].sort()).toEqual(expect.arrayContaining(['capital', 'description', 'figureLabels', 'incentives', 'milestones', 'title']));
    expect(fieldKeys.has('acceptedWarnings')).toBe(false);
  });
});

describe('a unit translated again in a tool', () => {
  it('changes that paragraph of the translation and nothing else', async () => {
    const copy = copyOf(join(root, 'content'));
    const entry = { collection: 'partners', slug: 'val-de-marne' } as const;
    const file = join(copy, 'partners', 'val-de-marne', 'fr.mdx');
    const before = readFileSync(file, 'utf8');
    const { doc } = buildExport(copy, 'fr', [entry]);
    const unit = doc.entries[0]!.units.find((u) => u.id === 'body.1')!;
    expect(unit.target).toBeDefined();
    unit.target = ['Un paragraphe revu dans un outil de traduction.'];
    const result = await importXliff(await writeXliff(doc), copy, root);
    expect(result.written).toEqual([expect.stringMatching(/partners\/val-de-marne\/fr\.mdx$/)]);
    const after = readFileSync(file, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['Un paragraphe revu dans un outil de traduction.']);
    expect(after.split('\n').length).toBe(before.split('\n').length);
  });
});

describe('a file whose Vietnamese source changed since the export', () => {
  it('is refused whole, naming the entries and the units, and nothing is written', async () => {
    const copy = copyOf(fixture);
    const xml = readFileSync(omegatFile, 'utf8');
    const vi = join(copy, 'articles', 'mu-cang-chai-terraces', 'vi.mdx');
    writeFileSync(
      vi,
      readFileSync(vi, 'utf8')
        .replace('không phải một bài của cổng thông tin.', 'không phải là một bài của cổng thông tin.')
        .replace('## Hai mùa đẹp nhất', 'Một đoạn mới.\n\n## Hai mùa đẹp nhất'),
    );
    const before = snapshot(copy);
    const result = await importXliff(xml, copy, root);
    expect(result.stale).toEqual([
      {
        entry: 'articles/mu-cang-chai-terraces',
        units: [
          { id: 'body.2', change: 'changed' },
          { id: 'body.3', change: 'changed' },
          { id: 'body.4', change: 'changed' },
          { id: 'body.5', change: 'changed' },
          { id: 'body.6', change: 'changed' },
          { id: 'body.7', change: 'changed' },
          { id: 'body.8', change: 'changed' },
          { id: 'body.9', change: 'changed' },
          { id: 'body.10', change: 'changed' },
          { id: 'body.11', change: 'changed' },
          { id: 'body.12', change: 'changed' },
          { id: 'body.13', change: 'changed' },
          { id: 'body.14', change: 'new in vi.mdx' },
        ],
      },
    ]);
    expect(result.written).toEqual([]);
    expect(snapshot(copy)).toEqual(before);
  });

  it('is refused by the command with the entry and unit named, and how to go on', async () => {
    const copy = copyOf(fixture);
    const vi = join(copy, 'articles', 'thac-ba-lake', 'vi.mdx');
    writeFileSync(vi, readFileSync(vi, 'utf8').replace('Bài mẫu để kiểm thử việc dịch.', 'Bài mẫu, đã sửa, để kiểm thử việc dịch.'));
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'translations.ts'), '--import', omegatFile], {
      cwd: root,
      env: { ...process.env, PORTAL_CONTENT_DIR: copy },
    });
    const failure = (await run.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    ))!;
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('Nothing imported: the Vietnamese text of 1 entries changed');
    expect(failure.stderr).toContain('articles/thac-ba-lake: body.1 (changed)');
    expect(failure.stderr).toContain('--export fr --only outdated');
    expect(existsSync(join(copy, 'articles', 'mu-cang-chai-terraces', 'fr.mdx'))).toBe(false);
  });
});

describe('a file translated in OmegaT (its built-in XLIFF filter, from an export with --prefill)', () => {
  it('carries the Markdown of every code back untouched', async () => {
    const doc = await readXliff(readFileSync(omegatFile, 'utf8'));
    const unit = doc.entries[0]!.units.find((u) => u.id === 'body.1')!;
    expect(unit.target!.filter((p) => typeof p !== 'string').map((c) => typeof c !== 'string' && c.data)).toEqual([
      '**',
      '**',
      '[^1]',
      '[',
      '](/vi/tourism/thac-ba-lake/)',
    ]);
  });

  it('becomes fr.mdx in the structure of vi.mdx, with the portal’s links in French, and passes the content check', async () => {
    const copy = copyOf(fixture);
    const result = await importXliff(readFileSync(omegatFile, 'utf8'), copy, root);
    expect(result).toMatchObject({ locale: 'fr', stale: [], incomplete: [], problems: [] });
    expect(result.written).toEqual([expect.stringMatching(/articles\/mu-cang-chai-terraces\/fr\.mdx$/)]);
    // The second entry was left untranslated in OmegaT, which then writes the source as target.
    expect(result.untranslated).toEqual(['articles/thac-ba-lake']);
    expect(existsSync(join(copy, 'articles', 'thac-ba-lake', 'fr.mdx'))).toBe(false);
    expect(readFileSync(join(copy, 'articles', 'mu-cang-chai-terraces', 'fr.mdx'), 'utf8')).toMatchInlineSnapshot(`
      "---
      title: Les rizières en terrasses de Mù Cang Chải
      description: Des rizières en terrasses façonnées par les Mông sur les versants de Mù Cang Chải, une entrée d'exemple pour tester la traduction.
      ---

      Les rizières en terrasses de Mù Cang Chải ont été façonnées par **les Mông** sur les versants des montagnes.[^1] Voir aussi l'article sur le [lac Thác Bà](/fr/tourism/thac-ba-lake/).

      ## Les deux plus belles saisons

      Cette entrée est un *exemple* pour tester la traduction, pas un article du portail.

      - La saison de l'eau, quand les rizières reflètent le ciel
      - La saison des moissons, quand les rizières deviennent dorées

      | Saison | Couleur des rizières |
      | --- | --- |
      | Saison de l'eau | argentée |
      | Saison des moissons | dorée |

      ![Un rectangle vert à la place d'une photographie, pour les tests](./terraces.png)

      [^1]: D'après la page touristique citée dans les sources.
      "
    `);
  });

  it('imported twice, writes nothing the second time', async () => {
    const copy = copyOf(fixture);
    const xml = readFileSync(omegatFile, 'utf8');
    await importXliff(xml, copy, root);
    const again = await importXliff(xml, copy, root);
    expect(again.written).toEqual([]);
    expect(again.unchanged).toEqual([expect.stringMatching(/mu-cang-chai-terraces\/fr\.mdx$/)]);
  });
});
