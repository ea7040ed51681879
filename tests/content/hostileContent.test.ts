/**
 * Content written as an attacker would (tests/fixtures/content/hostile/): every entry there tries
 * to run code on the build machine, put script on the portal's origin, send readers elsewhere or
 * publish what is not ready. `npm run check` must refuse each, naming the file, the line and a fix,
 * and a build must stop before writing anything.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblems, type ContentProblem } from '../../src/editorial/problems';
import { validateContent } from '../../src/editorial/validateContent';

const root = join(import.meta.dirname, '..', '..');
const hostile = 'tests/fixtures/content/hostile';
let problems: ContentProblem[] = [];
beforeAll(async () => {
  problems = await validateContent(join(root, hostile), root);
});

/** What each hostile file must be refused for (the problem's title), by path under the fixture. */
const refusals: [string, RegExp][] = [
  ['articles/secret-expression/en.mdx', /^`\{process\.env\.SECRET\}` in the text$/],
  ['articles/import-passwd/en.mdx', /^`import` or `export` in the text$/],
  ['articles/import-package-json/en.mdx', /^`import` or `export` in the text$/],
  ['articles/export-cwd/en.mdx', /^`import` or `export` in the text$/],
  ['articles/import-html-url/en.mdx', /^`import` or `export` in the text$/],
  ['articles/import-html-url/en.mdx', /^Link address `\.\/notes\.html` is not allowed$/],
  ['articles/import-html-url/notes.html', /^`notes\.html` does not belong in an entry folder$/],
  ['articles/import-svg/en.mdx', /^`<img>` is not allowed in the text$/],
  ['articles/import-svg/map.svg', /^`map\.svg` does not belong in an entry folder$/],
  ['articles/set-html/en.mdx', /^Directive `set:html` on `<div>`$/],
  ['articles/event-handlers/en.mdx', /^Event handler `onError` on `<span>`$/],
  ['articles/event-handlers/en.mdx', /^Event handler `ONCLICK` on `<p>`$/],
  ['articles/javascript-link-markdown/en.mdx', /^Link address `javascript:alert\(document\.domain\)` is not allowed$/],
  ['articles/javascript-link-html/en.mdx', /^Link address `javascript:alert\(document\.domain\)` is not allowed$/],
  ['data/contacts.yaml', /^record 1 \(fake-office\): Invalid `website`$/],
  ['articles/meta-refresh/en.mdx', /^`<meta>` is not allowed in the text$/],
  ['articles/redirect-over-live/vi.mdx', /^`redirectFrom: live-article` names a page that exists$/],
  ['articles/link-to-draft/en.mdx', /^Link to `\/en\/history\/draft-plans\/`: that page is not published yet$/],
  ['articles/alias-bomb/vi.mdx', /^The frontmatter cannot be read$/],
  ['data/sectors.yaml', /^The YAML cannot be read$/],
  ['articles/corrupt-png/en.mdx', /^Image `\.\/chart\.png` cannot be read as a PNG picture$/],
  ['articles/corrupt-png/en.mdx', /^Image `\.\/lake\.png` cannot be read as a PNG picture$/],
  ['articles/svg-image/en.mdx', /^Image `\.\/map\.svg` is not a JPEG, PNG, WebP or AVIF file$/],
  ['articles/md-beside-mdx/vi.md', /^`vi\.md` is a Markdown file; language files are `\.mdx`$/],
  ['articles/long-title/en.mdx', /^`title` is too long: 10000 characters, at most 110$/],
  ['articles/encoded-javascript/en.mdx', /^Link address `javascript:alert\(1\)` is not allowed$/],
  ['articles/encoded-javascript/en.mdx', /^Link address `jav\tascript:alert\(1\)` is not allowed$/],
  ['articles/encoded-javascript/en.mdx', /^Link address `java\tscript:alert\(1\)` is not allowed$/],
  ['articles/mixed-case-tags/en.mdx', /^`<ScRiPt>` is not allowed in the text$/],
  ['articles/mixed-case-tags/en.mdx', /^`<IFRAME>` is not allowed in the text$/],
  ['articles/mixed-case-tags/en.mdx', /^`<P>` is not allowed in the text$/],
  ['articles/svg-with-script/en.mdx', /^`<svg>` is not allowed in the text$/],
  ['articles/svg-with-script/en.mdx', /^`<script>` is not allowed in the text$/],
  ['articles/nested-components/en.mdx', /^`<Gallery>` takes no text between its tags$/],
  ['articles/nested-components/en.mdx', /^`<script>` is not allowed in the text$/],
  ...['iframe', 'object', 'embed', 'form', 'input', 'base', 'link', 'style', 'template'].map(
    (tag): [string, RegExp] => ['articles/embeds-and-forms/en.mdx', new RegExp(`^\`<${tag}>\` is not allowed in the text$`)],
  ),
  ['articles/data-url-image/en.mdx', /^Image address `data:image\/svg\+xml;base64,.*` is not allowed$/],
  ['articles/protocol-relative-link/en.mdx', /^Link address `\/\/elsewhere\.example\/report` is not allowed$/],
  ['articles/spread-attribute/en.mdx', /^`\{…\}` in the attributes of `<abbr>`$/],
  ['articles/style-attribute/en.mdx', /^Attribute `style` is not allowed on `<span>`$/],
  ['articles/image-path-traversal/en.mdx', /^Image `\.\.\/\.\.\/\.\.\/\.\.\/package\.json` is not beside the text$/],
  ['articles/image-path-traversal/en.mdx', /^Image `\.\.\/live-article\/photo\.png` is not beside the text$/],
  ['articles/comment-expression/en.mdx', /^`\{\/\* a comment that is an expression \*\/\}` in the text$/],
  ['articles/link-definition/en.mdx', /^Link address `javascript:alert\(document\.domain\)` is not allowed$/],
];

describe('npm run check on hostile content', () => {
  it.each(refusals)('refuses %s: %s', (path, title) => {
    const found = problems.filter((p) => p.file === `${hostile}/${path}` && title.test(p.title));
    expect(found, formatProblems(problems.filter((p) => p.file === `${hostile}/${path}`))).toHaveLength(1);
    expect(found[0]!.fix.length).toBeGreaterThan(10);
  });

  it('gives the line of every problem inside a file’s text or frontmatter', () => {
    const inText = problems.filter((p) => /\.(mdx|yaml)$/.test(p.file));
    expect(inText.filter((p) => p.line === undefined).map((p) => `${p.file}: ${p.title}`)).toEqual([]);
  });

  it('refuses every hostile entry: none passes', () => {
    const entries = readdirSync(join(root, hostile, 'articles')).filter((slug) => slug !== 'live-article' && slug !== 'draft-plans');
    const refused = new Set(problems.map((p) => p.file.split('/')[5]));
    expect(entries.filter((slug) => !refused.has(slug))).toEqual([]);
  });

  it('accepts the two honest entries the others refer to', () => {
    expect(problems.filter((p) => /\/(live-article|draft-plans)\//.test(p.file))).toEqual([]);
  });

  it('cuts a 10,000-character value short in the message', () => {
    const report = formatProblems(problems.filter((p) => p.file.includes('/long-title/')));
    expect(report.length).toBeLessThan(1000);
    expect(report).toContain('… (10000 characters)');
  });

  it('reads the alias bomb without expanding it, and says how to write it', () => {
    const bomb = problems.find((p) => p.file.endsWith('alias-bomb/vi.mdx'))!;
    expect(bomb).toMatchObject({ line: 7, detail: 'YAML aliases (`*a`) and anchors are not used in content' });
    expect(bomb.fix).toBe('Write each value out in full: `&name` and `*name` are not used in content.');
  });
});

describe('a data file broken at one line', () => {
  it('is reported once, without a knock-on problem for every entry that refers to it', async () => {
    expect(formatProblems(await validateContent(join(root, 'tests/fixtures/content/broken-places'), root))).toMatchInlineSnapshot(`
      "1 content problem in 1 file:

      tests/fixtures/content/broken-places/data/places.yaml
        line 6: The YAML cannot be read
          Nested mappings are not allowed in compact mappings. Entries that refer to this file are not checked against it until it is fixed.
          Fix: Check the indentation and quote values that contain a colon.
      "
    `);
  });
});

describe('astro build of hostile content', () => {
  it('stops before writing anything', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'portal-hostile-')), 'dist');
    const failure = await promisify(execFile)(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, PORTAL_CONTENT_DIR: hostile, PORTAL_CACHE_DIR: mkdtempSync(join(tmpdir(), 'portal-cache-')), SECRET: 'the-build-machine-secret' },
    }).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => error,
    );
    expect(failure, 'the build must fail').toBeDefined();
    const output = `${failure!.stdout}\n${failure!.stderr}`;
    expect(output).toContain('The content has mistakes; nothing was built.');
    expect(output).toContain(`${hostile}/articles/secret-expression/en.mdx`);
    expect(output).not.toContain('the-build-machine-secret');
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);
});
