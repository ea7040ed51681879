import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentGuard } from './contentGuard';

const contentRoot = join(process.cwd(), 'content');
const guard = contentGuard(contentRoot);
const entryFile = pathToFileURL(join(contentRoot, 'articles', 'example', 'en.mdx'));

describe('contentGuard()', () => {
  it('fails the compile of an entry that imports a file of the build machine', () => {
    expect(() => mdxToJs("import pw from '/etc/passwd?raw'\n\n{pw}\n", { mdastPlugins: [guard], fileURL: entryFile })).toThrow(
      /content\/articles\/example\/en\.mdx:1: `import` or `export` in the text/,
    );
  });

  it('fails the compile of an entry with an expression, naming its line', () => {
    expect(() => mdxToJs('A text.\n\nThe secret: {process.env.SECRET}\n', { mdastPlugins: [guard], fileURL: entryFile })).toThrow(
      /en\.mdx:3: `\{process\.env\.SECRET\}` in the text/,
    );
  });

  it('fails the compile of plain Markdown with a javascript: link', () => {
    expect(() => markdownToHtml('[x](javascript:alert(1))', { mdastPlugins: [guard], fileURL: entryFile })).toThrow(
      /Link address `javascript:alert\(1\)` is not allowed/,
    );
  });

  it('lets an entry that keeps the rule compile unchanged', () => {
    const plain = markdownToHtml('Some *text* and [a page](/en/about/).', { fileURL: entryFile }).html;
    expect(markdownToHtml('Some *text* and [a page](/en/about/).', { mdastPlugins: [guard], fileURL: entryFile }).html).toBe(plain);
  });

  it('leaves the portal’s own files alone', () => {
    const page = pathToFileURL(join(process.cwd(), 'src', 'pages', 'example.mdx'));
    expect(() => mdxToJs('{1 + 1}', { mdastPlugins: [guard], fileURL: page })).not.toThrow();
  });
});
