import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFile, writeEntryFile } from './frontmatterEdit';

const root = join(import.meta.dirname, '..', '..');
const files = (readdirSync(join(root, 'content'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => join(root, 'content', f));

/** The lines of `after` that differ from `before`, as [line number, before, after]. */
function changedLines(before: string, after: string): [number, string | undefined, string | undefined][] {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes: [number, string | undefined, string | undefined][] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) changes.push([i + 1, a[i], b[i]]);
  return changes;
}

const edit = (original: string, change: (data: Record<string, unknown>) => void, body?: string) => {
  const content = readEntryFile(original);
  const data = structuredClone(content.data);
  change(data);
  return writeEntryFile({ data, body: body ?? content.body }, { original, order: Object.keys(content.data) });
};

describe('writeEntryFile() on every real entry file', () => {
  it('reads the content', () => {
    expect(files.length).toBeGreaterThan(300);
  });

  it('writes the same bytes when nothing changed', () => {
    const differ = files.filter((file) => {
      const original = readFileSync(file, 'utf8');
      return writeEntryFile(readEntryFile(original), { original }) !== original;
    });
    expect(differ.map((f) => relative(root, f))).toEqual([]);
  });

  it('changes exactly the title line when the title changes', () => {
    const wrong = files.flatMap((file) => {
      const original = readFileSync(file, 'utf8');
      const changes = changedLines(
        original,
        edit(original, (data) => (data.title = `${String(data.title)} (sửa: "mới")`)),
      );
      return changes.length === 1 && changes[0]![0] === original.split('\n').findIndex((l) => l.startsWith('title:')) + 1
        ? []
        : [[relative(root, file), changes]];
    });
    expect(wrong).toEqual([]);
  });

  it('changes exactly one line of a list of sources when one source title changes', () => {
    const sourced = files.filter((file) => file.endsWith('vi.mdx'));
    const wrong = sourced.flatMap((file) => {
      const original = readFileSync(file, 'utf8');
      const changes = changedLines(
        original,
        edit(original, (data) => ((data.sources as { title: string }[])[0]!.title = 'Nguồn đã sửa: tên mới')),
      );
      return changes.length === 1 ? [] : [[relative(root, file), changes]];
    });
    expect(wrong).toEqual([]);
  });

  it('changes only the body when the text changes', () => {
    const file = files.find((f) => f.endsWith('articles/yen-bai-today/en.mdx'))!;
    const original = readFileSync(file, 'utf8');
    const { body } = readEntryFile(original);
    const changed = edit(original, () => {}, body.replace('Yên Bái is a mountainous part', 'Yên Bái is a mountainous region'));
    const changes = changedLines(original, changed);
    expect(changes).toHaveLength(1);
    expect(changes[0]![2]).toContain('Yên Bái is a mountainous region');
  });
});

describe('writeEntryFile() on fields added, removed and styled', () => {
  const original = [
    '---',
    'title: "Yên Bái: hôm nay"',
    'topic: about',
    'date: 2026-11-26',
    'places: [lao-cai-province, yen-bai-ward]',
    'area: { value: 15927, year: 2015 }',
    'sources:',
    '  - title: A',
    '    url: "https://a.example"',
    'featured: true',
    '---',
    '',
    'Text.',
    '',
  ].join('\n');

  it('keeps quoting, flow lists and padding of the fields it patches', () => {
    const out = edit(original, (data) => {
      data.title = 'Yên Bái: ngày mai';
      data.places = ['yen-bai-ward'];
      data.area = { value: 15928, year: 2015 };
    });
    expect(changedLines(original, out)).toEqual([
      [2, 'title: "Yên Bái: hôm nay"', 'title: "Yên Bái: ngày mai"'],
      [5, 'places: [lao-cai-province, yen-bai-ward]', 'places: [yen-bai-ward]'],
      [6, 'area: { value: 15927, year: 2015 }', 'area: { value: 15928, year: 2015 }'],
    ]);
  });

  it('adds a new field after the field before it in the editor’s order, and removes a cleared one', () => {
    const content = readEntryFile(original);
    const order = ['title', 'topic', 'date', 'updated', 'places', 'area', 'sources', 'featured'];
    const added = writeEntryFile({ data: { ...content.data, updated: '2026-12-01' }, body: content.body }, { original, order });
    expect(changedLines(original, added)[0]).toEqual([5, 'places: [lao-cai-province, yen-bai-ward]', 'updated: 2026-12-01']);
    expect(added.split('\n')[4]).toBe('updated: 2026-12-01');
    const { featured: _, ...rest } = content.data;
    const removed = writeEntryFile({ data: rest, body: content.body }, { original, order, known: new Set(order) });
    expect(removed).toBe(original.replace('featured: true\n', ''));
  });

  it('adds no field the editor fills with its default, and keeps a field it does not know', () => {
    const content = readEntryFile(original);
    const out = writeEntryFile(
      {
        data: {
          title: content.data.title,
          topic: 'about',
          date: '2026-11-26',
          places: content.data.places,
          area: content.data.area,
          sources: content.data.sources,
          featured: true,
          draft: false,
          sectors: [],
        },
        body: content.body,
      },
      { original, defaults: { draft: false }, known: new Set(['title', 'draft', 'sectors']) },
    );
    expect(out).toBe(original);
  });

  it('keeps Windows line endings', () => {
    const crlf = original.replace(/\n/g, '\r\n');
    const out = edit(crlf, (data) => (data.topic = 'history'));
    expect(out).toBe(crlf.replace('topic: about', 'topic: history'));
  });

  it('writes a new file in the portal’s style', () => {
    expect(
      writeEntryFile(
        {
          data: {
            title: 'Hồ Thác Bà',
            topic: 'tourism',
            date: '2026-12-07',
            places: ['yen-bai-ward'],
            sectors: [],
            sources: [{ title: 'Nguồn', url: 'https://a.example' }],
          },
          body: 'Văn bản.',
        },
        { order: ['title', 'topic', 'date', 'places', 'sectors', 'sources'] },
      ),
    ).toBe(
      [
        '---',
        'title: Hồ Thác Bà',
        'topic: tourism',
        'date: 2026-12-07',
        'places: [yen-bai-ward]',
        'sources:',
        '  - title: Nguồn',
        '    url: https://a.example',
        '---',
        '',
        'Văn bản.',
        '',
      ].join('\n'),
    );
  });
});
