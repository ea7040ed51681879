import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/content/problems';
import { validateContent } from '../../src/content/validateContent';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'content', name);
const report = (name: string) => formatProblems(validateContent(fixture(name), root));

describe('validateContent()', () => {
  it('accepts a complete entry with vi and en files', () => {
    expect(validateContent(fixture('valid'), root)).toEqual([]);
  });

  it('accepts the portal’s real content', () => {
    const problems = validateContent(join(root, 'content'), root);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('names the missing English file and how to create it', () => {
    expect(report('missing-english')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/missing-english/articles/mu-cang-chai-terraces/en.mdx
        Missing English file
          Every entry needs vi.mdx and en.mdx; this folder has vi.mdx.
          Fix: Create tests/fixtures/content/missing-english/articles/mu-cang-chai-terraces/en.mdx with the title, description and text in that language.
      "
    `);
  });

  it('lists the valid topics when a topic is unknown', () => {
    expect(report('unknown-topic')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/unknown-topic/articles/mu-cang-chai-terraces/vi.mdx
        line 4: \`topic: travel\` is not a valid value
          Fix: Use one of: about, history, culture, tourism, economy, society, news.
      "
    `);
  });

  it('lists the known places when a place id is unknown', () => {
    expect(report('unknown-place')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/unknown-place/articles/mu-cang-chai-terraces/vi.mdx
        line 6: Unknown place \`sa-pa\`
          \`sa-pa\` is not listed in content/data/places.yaml.
          Fix: Use one of: yen-bai-ward, mu-cang-chai. Or add the place to content/data/places.yaml.
      "
    `);
  });

  it('rejects a translation that contradicts a language-neutral fact', () => {
    expect(report('contradicted-fact')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/contradicted-fact/articles/mu-cang-chai-terraces/en.mdx
        line 3: \`date\` contradicts the Vietnamese file
          This file says \`date: "2025-01-01"\`, vi.mdx says \`"2026-11-26"\`. Language-neutral facts are written once, in vi.mdx.
          Fix: Delete \`date\` from this file (it is inherited from vi.mdx), or correct vi.mdx if that is where the mistake is.
      "
    `);
  });

  it('points at the line of a YAML syntax error', () => {
    expect(report('yaml-syntax')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/yaml-syntax/articles/mu-cang-chai-terraces/vi.mdx
        line 2: The frontmatter cannot be read
          Nested mappings are not allowed in compact mappings
          Fix: Check the indentation, and put double quotes around a value that contains a colon (:).
      "
    `);
  });

  it('rejects an unknown field instead of silently dropping it', () => {
    expect(report('unknown-field')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/unknown-field/articles/mu-cang-chai-terraces/vi.mdx
        line 2: Unknown field \`author\`
          A field that the portal does not know is never shown, so a typo would silently lose information.
          Fix: Check the spelling against docs/content-model.md, or remove the field. A translation carries only words (title, description, …), never facts.
      "
    `);
  });

  it('rejects a file that is not named after a language', () => {
    expect(report('bad-file-name')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/bad-file-name/articles/mu-cang-chai-terraces/english.mdx
        \`english.mdx\` is not named after a language of the portal
          Each language file is named by its code.
          Fix: Rename it to one of: vi.mdx, en.mdx, fr.mdx, ja.mdx, ko.mdx, de.mdx, zh.mdx, lo.mdx.
      "
    `);
  });

  it('requires at least one source', () => {
    expect(report('missing-sources')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/missing-sources/articles/mu-cang-chai-terraces/vi.mdx
        line 2: Missing field \`sources\`
          \`sources\` is required (array).
          Fix: Add a line \`sources: …\` to the frontmatter (see docs/content-model.md).
      "
    `);
  });
});
