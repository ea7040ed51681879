import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What the stand-in glob loader stores, as Astro's glob loader does for `.mdx` files. */
type GlobEntry = Parameters<LoaderContext['store']['set']>[0];
let globEntries: GlobEntry[] = [];
vi.mock('astro/loaders', () => ({
  glob: () => ({
    name: 'glob-loader',
    load: async ({ store }: LoaderContext) => {
      // Like the real loader, files are read one after another while earlier renders run.
      for (const entry of globEntries) {
        store.set(entry);
        await new Promise((next) => setTimeout(next, 5));
      }
    },
  }),
}));

const { entryLoader, isPlainMarkdown } = await import('./entryLoader');

describe('isPlainMarkdown', () => {
  it('accepts what editors write: paragraphs, headings, lists, tables, links, emphasis', () => {
    const body = [
      '## Lịch sử',
      '',
      'Yên Bái có **nhiều** dân tộc, xem [trang này](/vi/about/) và [nguồn](https://example.org/a?b=1).',
      '',
      '- một',
      '  - hai',
      '',
      '| năm | số |',
      '| --- | -: |',
      '| 2024 | 1 |',
      '',
      '> Trích dẫn — “ngoặc kép” & dấu.',
    ].join('\n');
    expect(isPlainMarkdown(body)).toBe(true);
  });

  it.each([
    ['an import', "import Chart from '../Chart.astro';\n\nText."],
    ['an export', 'export const year = 2025;\n\nText.'],
    ['a component', 'Text.\n\n<Chart year={2025} />'],
    ['raw HTML', 'Text with <abbr title="Ủy ban nhân dân">UBND</abbr>.'],
    ['an expression', 'The year is {2025}.'],
    ['an image', 'Text.\n\n![Ruộng bậc thang](./photo.jpg)'],
    ['an indented line (code in Markdown, a paragraph in MDX)', 'Text.\n\n    indented'],
    ['a tab-indented line', 'Text.\n\n\tindented'],
  ])('refuses a body with %s', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });
});

describe('entryLoader', () => {
  type Stored = Record<string, unknown>;
  let stored: Map<string, Stored>;
  let meta: Map<string, string>;
  const renderMarkdown = vi.fn(async (body: string) => ({ html: `<p>${body}</p>`, metadata: { imagePaths: [] } }));

  // A site folder with the vi file of each entry the tests use: publishing is decided from it.
  const site = mkdtempSync(join(tmpdir(), 'portal-loader-'));
  const root = pathToFileURL(`${site}/`);
  const viFile = (slug: string, facts = '') => {
    mkdirSync(join(site, 'content', 'articles', slug), { recursive: true });
    writeFileSync(join(site, 'content', 'articles', slug, 'vi.mdx'), `---\ntitle: ${slug}\n${facts}---\n\nVăn bản.\n`);
  };
  for (const slug of ['tea', 'terraces', 'chart', 'old', 'kept', 'broken', 'fine']) viFile(slug);
  viFile('festival-notes', 'draft: true\n');
  viFile('announcement', 'publishDate: 2999-01-01\n');
  const options = { pattern: '*/*.mdx', base: 'content/articles' };

  function context(): LoaderContext {
    return {
      collection: 'articles',
      config: { root },
      logger: { error: vi.fn() },
      meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
      renderMarkdown,
      store: {
        set: (entry: Stored) => (stored.set(entry.id as string, entry), true),
        delete: (id: string) => stored.delete(id),
        keys: () => [...stored.keys()],
        clear: () => stored.clear(),
        get: (id: string) => stored.get(id),
        addModuleImport: vi.fn(),
      },
    } as unknown as LoaderContext;
  }

  const mdx = (id: string, body: string): GlobEntry => ({ id, body, filePath: `content/articles/${id}.mdx`, digest: id, data: {}, deferredRender: true });

  beforeEach(() => {
    stored = new Map();
    meta = new Map();
    renderMarkdown.mockClear();
  });

  it('renders a plain MDX file as Markdown while syncing, so that it is not bundled as a module', async () => {
    globEntries = [mdx('tea/en', 'Tea from [Suối Giàng](https://example.org/).')];
    await entryLoader(options).load(context());
    const entry = stored.get('tea/en')!;
    expect(entry.deferredRender).toBeUndefined();
    expect(entry.rendered).toEqual({ html: '<p>Tea from [Suối Giàng](https://example.org/).</p>', metadata: { imagePaths: [] } });
    expect(renderMarkdown).toHaveBeenCalledWith('Tea from [Suối Giàng](https://example.org/).', { fileURL: new URL('content/articles/tea/en.mdx', root) });
    // Everything the glob loader stored is kept: data, digest (the next build's cache check), path.
    expect(entry).toMatchObject({ id: 'tea/en', digest: 'tea/en', filePath: 'content/articles/tea/en.mdx', data: {} });
  });

  it('leaves an MDX file with an image or MDX syntax to the MDX compiler', async () => {
    globEntries = [mdx('terraces/en', 'Text.\n\n![Terraces](./photo.jpg)'), mdx('chart/en', '<Chart />')];
    await entryLoader(options).load(context());
    expect(stored.get('terraces/en')).toMatchObject({ deferredRender: true });
    expect(stored.get('chart/en')).toMatchObject({ deferredRender: true });
    expect(renderMarkdown).not.toHaveBeenCalled();
  });

  it('renders again what an older Markdown pipeline rendered', async () => {
    stored.set('old/en', { id: 'old/en', rendered: { html: '<p>old</p>' } });
    meta.set('renderer', 'an older pipeline');
    globEntries = [];
    await entryLoader(options).load(context());
    expect(stored.has('old/en')).toBe(false);
    // The same pipeline keeps what it rendered.
    stored.set('kept/en', { id: 'kept/en' });
    await entryLoader(options).load(context());
    expect(stored.has('kept/en')).toBe(true);
  });

  it('fails the sync, naming the file, when an entry cannot be rendered, even one rendered before the others are read', async () => {
    renderMarkdown.mockRejectedValueOnce(new Error('bad table'));
    globEntries = [mdx('broken/en', 'Text.'), mdx('fine/en', 'Text.'), mdx('fine/vi', 'Văn bản.')];
    await expect(entryLoader(options).load(context())).rejects.toThrow('Could not render content/articles/broken/en.mdx: bad table');
  });

  it('stores no file of a draft or an embargoed entry, so nothing of it is rendered or bundled', async () => {
    globEntries = [
      mdx('festival-notes/vi', 'Ghi chú.'),
      mdx('festival-notes/en', 'Notes.\n\n![Dancers](./dancers.jpg)'),
      mdx('announcement/en', 'Soon.'),
      mdx('tea/en', 'Tea.'),
    ];
    await entryLoader(options).load(context());
    expect([...stored.keys()]).toEqual(['tea/en']);
    expect(renderMarkdown).toHaveBeenCalledTimes(1);
  });

  it('removes what an earlier build stored of an entry that has become a draft', async () => {
    stored.set('festival-notes/en', { id: 'festival-notes/en', rendered: { html: '<p>Notes.</p>' } });
    meta.set('renderer', (await import('./entryLoader')).rendererKey);
    globEntries = [];
    await entryLoader(options).load(context());
    expect(stored.has('festival-notes/en')).toBe(false);
  });
});
