import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/editorial/problems';
import { checkContent, validateContent } from '../../src/editorial/validateContent';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'content', name);
const report = async (name: string) => formatProblems(await validateContent(fixture(name), root));

describe('validateContent()', () => {
  it('accepts a complete entry with vi and en files', async () => {
    expect(await validateContent(fixture('valid'), root)).toEqual([]);
  });

  it('accepts the portal’s real content', async () => {
    const problems = await validateContent(join(root, 'content'), root);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('has no warning in the real content: no former unit named as if it still existed, no unknown word (each fixed, listed or accepted with a reason)', async () => {
    const { warnings } = await checkContent(join(root, 'content'), root);
    expect(warnings, formatProblems(warnings)).toEqual([]);
  });

  it('warns about each misspelt word with its file, line and suggestions, in every language it checks, and not about a word the file accepts', async () => {
    const { problems, warnings } = await checkContent(fixture('misspellings'), root);
    expect(problems).toEqual([]);
    const entry = 'tests/fixtures/content/misspellings/articles/thac-ba-lake';
    expect(warnings.map((w) => [w.file.replace(`${entry}/`, ''), w.line, w.title, w.severity]).sort()).toEqual([
      ['de.mdx', 8, 'Unknown word `Tourismuss`', 'warning'],
      ['en.mdx', 2, 'Unknown word `artifical`', 'warning'],
      ['en.mdx', 8, 'Unknown word `beautifull`', 'warning'],
      ['en.mdx', 8, 'Unknown word `color`', 'warning'],
      ['fr.mdx', 8, 'Unknown word `parceles`', 'warning'],
      ['vi.mdx', 16, 'Unknown word `thuyềnn`', 'warning'],
    ]);
    const suggested = (word: string) => warnings.find((w) => w.title.includes(`\`${word}\``))!.detail;
    expect(suggested('thuyềnn')).toContain('"thuyền"');
    expect(suggested('artifical')).toContain('"artificial"');
    expect(suggested('color')).toContain('"colour"');
    expect(suggested('parceles')).toContain('"parcelles"');
    expect(suggested('Tourismuss')).toContain('"Tourismus"');
    expect(warnings.find((w) => w.file.endsWith('vi.mdx'))!.fix).toContain('docs/words/vi.txt');
    // "Lakke" is misspelt too, in a quotation the vi file accepts with a reason.
    expect(warnings.some((w) => w.title.includes('Lakke'))).toBe(false);
  });

  it('names the missing English file and how to create it', async () => {
    expect(await report('missing-english')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/missing-english/articles/mu-cang-chai-terraces/en.mdx
        Missing English file
          Every entry needs vi.mdx and en.mdx; this folder has vi.mdx.
          Fix: Create tests/fixtures/content/missing-english/articles/mu-cang-chai-terraces/en.mdx with the title, description and text in that language.
      "
    `);
  });

  it('lists the valid topics when a topic is unknown', async () => {
    expect(await report('unknown-topic')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/unknown-topic/articles/mu-cang-chai-terraces/vi.mdx
        line 4: \`topic: travel\` is not a valid value
          Fix: Use one of: about, history, culture, tourism, economy, society, news.
      "
    `);
  });

  it('lists the known places when a place id is unknown', async () => {
    expect(await report('unknown-place')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/unknown-place/articles/mu-cang-chai-terraces/vi.mdx
        line 6: Unknown place \`sa-pa\`
          \`sa-pa\` is not listed in content/data/places.yaml.
          Fix: Use one of: yen-bai-ward, mu-cang-chai. Or add the place to content/data/places.yaml.
      "
    `);
  });

  it('refuses an illustrative opportunity that reads as a live call, with a contact', async () => {
    expect(await report('illustrative-call')).toMatchInlineSnapshot(`
      "2 content problems in 1 file:

      tests/fixtures/content/illustrative-call/opportunities/illustrative-tea-factory/vi.mdx
        line 7: An illustrative opportunity with \`status: calling\`
          Fix: Write \`status: example\`: an illustrative entry must not read as a live call for investors.
        line 9: An illustrative opportunity with a contact point
          Fix: Remove \`contact\`: nobody answers for an example.
      "
    `);
  });

  it('rejects a translation that contradicts a language-neutral fact', async () => {
    expect(await report('contradicted-fact')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/contradicted-fact/articles/mu-cang-chai-terraces/en.mdx
        line 3: \`date\` contradicts the Vietnamese file
          This file says \`date: "2025-01-01"\`, vi.mdx says \`"2026-11-26"\`. Language-neutral facts are written once, in vi.mdx.
          Fix: Delete \`date\` from this file (it is inherited from vi.mdx), or correct vi.mdx if that is where the mistake is.
      "
    `);
  });

  it('points at the line of a YAML syntax error', async () => {
    expect(await report('yaml-syntax')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/yaml-syntax/articles/mu-cang-chai-terraces/vi.mdx
        line 2: The frontmatter cannot be read
          Nested mappings are not allowed in compact mappings
          Fix: Check the indentation, and put double quotes around a value that contains a colon (:).
      "
    `);
  });

  it('rejects an unknown field instead of silently dropping it', async () => {
    expect(await report('unknown-field')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/unknown-field/articles/mu-cang-chai-terraces/vi.mdx
        line 2: Unknown field \`author\`
          A field that the portal does not know is never shown, so a typo would silently lose information.
          Fix: Check the spelling against docs/content-model.md, or remove the field. A translation carries only words (title, description, …), never facts.
      "
    `);
  });

  it('rejects a file that is not named after a language', async () => {
    expect(await report('bad-file-name')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/bad-file-name/articles/mu-cang-chai-terraces/english.mdx
        \`english.mdx\` is not named after a language of the portal
          Each language file is named by its code.
          Fix: Rename it to one of: vi.mdx, en.mdx, fr.mdx, ja.mdx, ko.mdx, de.mdx, zh.mdx, lo.mdx.
      "
    `);
  });

  it('requires at least one source', async () => {
    expect(await report('missing-sources')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/missing-sources/articles/mu-cang-chai-terraces/vi.mdx
        line 2: Missing field \`sources\`
          \`sources\` is required (array).
          Fix: Add a line \`sources: …\` to the frontmatter (see docs/content-model.md).
      "
    `);
  });
});

describe('validateContent() on the text of a file', () => {
  it('rejects a link label that does not say where it leads', async () => {
    expect(await report('vague-link-label')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/vague-link-label/articles/mu-cang-chai-terraces/en.mdx
        line 6: Link text \`click here\` does not say where it leads
          Screen-reader users hear links out of context; search engines read the text too.
          Fix: Write the name of the page as the link text, e.g. "[the 1930 uprising](/en/history/yen-bai-uprising-1930/)".
      "
    `);
  });

  it('rejects a link that jumps to another language', async () => {
    expect(await report('language-jump')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/language-jump/articles/mu-cang-chai-terraces/en.mdx
        line 6: Link to \`/vi/tourism/mu-cang-chai-terraces/\` jumps to another language
          This file is in en; readers expect links to stay in their language.
          Fix: Link to /en/tourism/mu-cang-chai-terraces/ instead (pages exist in every language).
      "
    `);
  });

  it('rejects an internal link to a page that does not exist', async () => {
    expect(await report('broken-link')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/broken-link/articles/mu-cang-chai-terraces/vi.mdx
        line 12: Link to \`/vi/tourism/khau-pha/\`: no such page
          Links inside the portal must lead to an entry or section that exists.
          Fix: Check the address: /<language>/<section>/<slug>/.
      "
    `);
  });

  it('rejects raw scripts and inline event handlers', async () => {
    expect(await report('raw-script')).toMatchInlineSnapshot(`
      "2 content problems in 1 file:

      tests/fixtures/content/raw-script/articles/mu-cang-chai-terraces/en.mdx
        line 8: \`<script>\` is not allowed in the text
          A script would run on the portal’s pages.
          Fix: Remove it and write the text in Markdown. Allowed HTML: abbr, sub, sup, span lang="…", q, cite, time, dl/dt/dd, details/summary, and the like (docs/content-model.md).
        line 10: Event handler \`onclick\` on \`<p>\`
          An event handler runs JavaScript in the reader’s browser.
          Fix: Remove the attribute.
      "
    `);
  });

  it('rejects an image without alt text', async () => {
    expect(await report('missing-alt')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/missing-alt/articles/mu-cang-chai-terraces/vi.mdx
        line 14: Image \`./terraces.png\` has no alt text
          People who cannot see the image, and search engines, rely on the alt text.
          Fix: Describe what the image shows between the brackets: ![Terraced fields in La Pán Tẩn at harvest](./terraces.jpg).
      "
    `);
  });

  it('refuses a picture without a credit or a licence, without alt text in a language of the entry, and components that show what is not credited', async () => {
    expect(await report('picture-credits')).toMatchInlineSnapshot(`
      "11 content problems in 10 files:

      tests/fixtures/content/picture-credits/articles/cover-not-credited/vi.mdx
        line 6: \`cover: ./cover.jpg\` is not a credited picture of this entry
          media.yaml credits no picture in this folder.
          Fix: Put the picture in tests/fixtures/content/picture-credits/articles/cover-not-credited/, credit it in media.yaml, and write \`cover: ./file-name.jpg\`.

      tests/fixtures/content/picture-credits/articles/no-english-alt/media.yaml
        line 7: \`./a.png\` has no alt text in \`en\`
          The entry has en.mdx: its readers who cannot see the picture rely on the alt text, in their language.
          Fix: Add \`en: …\` under \`alt\`, saying what the picture shows.

      tests/fixtures/content/picture-credits/articles/no-licence/media.yaml
        line 2: \`./a.png\`: no licence
          A picture can be published only under a licence that allows it, or with the permission of the holder.
          Fix: Write \`licence:\` with one of: CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, CC-BY-NC-SA-4.0, CC-BY-ND-4.0, CC-BY-NC-ND-4.0, CC-BY-3.0, CC-BY-SA-3.0, CC-BY-2.0, CC-BY-SA-2.0, or used-with-permission (with \`holder\`).

      tests/fixtures/content/picture-credits/articles/permission-without-holder/media.yaml
        line 2: \`./a.png\`: used with permission, but no \`holder\`
          A picture used with permission names the person or agency that gave it; the credit under the picture says so.
          Fix: Add \`holder: …\` with the name of the rights holder, as they want to be credited.

      tests/fixtures/content/picture-credits/articles/taken-after-place/media.yaml
        line 6: \`./a.png\` was taken in 2025-08, when Mù Cang Chải district no longer existed (until 2025-06-30)
          Readers see where a picture was taken as the place was then (content/data/places.yaml dates every unit).
          Fix: Name the unit the place belonged to on that day, or correct the date.

      tests/fixtures/content/picture-credits/articles/uncredited/a.png
        Picture \`a.png\` has no credit
          Every picture the portal shows names its author and licence; media.yaml in this folder has no record for it.
          Fix: Add \`- file: ./a.png\` to tests/fixtures/content/picture-credits/articles/uncredited/media.yaml with author, licence (an SPDX id such as CC-BY-4.0, or used-with-permission with \`holder\`), source, taken (date, place) and alt in each language of the entry (docs/content-model.md).

      tests/fixtures/content/picture-credits/videos/captions-without-video/en.vtt
        Captions \`en.vtt\` without a video hosted by the portal
          Captions go with a video file of this folder; a video played from its host has that host’s captions.
          Fix: Add the video and \`file: ./report.mp4\` to vi.mdx, or remove the captions.

      tests/fixtures/content/picture-credits/videos/fake-video/report.mp4
        \`report.mp4\` is not the MP4 video its name says
          Fix: Export the video again as MP4 (H.264) or WebM and replace the file.

      tests/fixtures/content/picture-credits/covers/festivals.png
        \`festivals.png\` is not named after a page
          A cover is named after the page it covers, as its address reads after the language.
          Fix: Rename it to one of: home, about, history, culture, tourism, economy, society, news, invest, invest-opportunities, invest-zones, invest-data, partners, events, press, videos, contacts, credits, search (with its .jpg, .png, .webp or .avif).

      tests/fixtures/content/picture-credits/articles/components/en.mdx
        line 8: \`<Gallery>\` shows \`./b.png\`, which is not a credited picture of this entry
          Credited pictures: ./a.png.
          Fix: Put the picture in this folder, credit it in media.yaml (author, licence, source, alt text), and write its name as ./file-name.jpg.
        line 10: \`<VideoReport>\`: no video report \`no-such-report\`
          A video report is a folder of content/videos/ with its vi.mdx and en.mdx.
          Fix: Write the name of a published folder of content/videos/.
      "
    `);
  });

  it('accepts credited pictures, a cover, a gallery and video reports', async () => {
    const problems = await validateContent(fixture('media'), root);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('rejects an image over 4000 px', async () => {
    expect(await report('oversized-image')).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/oversized-image/articles/mu-cang-chai-terraces/vi.mdx
        line 14: Image \`./panorama.png\` is 4200×12 px, more than 4000 px
          Fix: Resize it to at most 4000 px on its longest side.
      "
    `);
  });
});
