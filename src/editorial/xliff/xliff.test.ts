import { describe, expect, it } from 'vitest';
import { bodyBlocks } from './bodyBlocks';
import { inlineToMarkdown, localizeCodeData, type Inline } from './inline';
import { readXliff, writeXliff, XliffFormatError } from './xliffFile';

const body = `Intro with *emphasis*, **strong**, \`inline code\` and a [link](/vi/history/x/ "title").[^1]

## A heading with <abbr title="Ủy ban nhân dân">UBND</abbr>

- first item
- second item
  continued on a second line

| Name | Value |
| --- | :-: |
| cell with [a link](https://example.org/) | 2 |

> A quoted paragraph.

<KeyFigures />

A line ending with a hard break\\
and a picture ![a small picture](./photo.png) inside the text.

![a picture on its own](./photo.png)

[^1]: The footnote.
`;

describe('the blocks of a body', () => {
  const blocks = bodyBlocks(body);

  it('are the headings, paragraphs, list items, table cells, quotes, footnotes and pictures, in reading order', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['p', 'h2', 'li', 'li', 'th', 'th', 'td', 'td', 'quote', 'p', 'alt', 'footnote']);
  });

  it('give back, put together again, exactly the text they were read from', () => {
    for (const block of blocks) expect(inlineToMarkdown(block.parts)).toBe(body.slice(block.start, block.end));
  });

  it('carry Markdown syntax as codes, and only words as text', () => {
    const [intro] = blocks;
    const words = intro!.parts.filter((p): p is string => typeof p === 'string').join('');
    expect(words).toBe('Intro with emphasis, strong,  and a link.');
    const codes = intro!.parts.filter((p) => typeof p !== 'string');
    expect(codes.map((c) => `${c.kind}:${c.ctype}:${c.data}`)).toEqual([
      'open:italic:*',
      'close:italic:*',
      'open:bold:**',
      'close:bold:**',
      'alone:x-code:`inline code`',
      'open:link:[',
      'close:link:](/vi/history/x/ "title")',
      'alone:x-footnote-reference:[^1]',
    ]);
  });

  it('keep a line end inside a block as a code, with the indentation after it', () => {
    const item = blocks[3]!;
    expect(item.parts).toEqual(['second item', { kind: 'alone', id: '1', data: '\n  ', ctype: 'lb' }, 'continued on a second line']);
  });

  it('leave the portal’s components as they are: they are not text for a translator', () => {
    expect(blocks.some((b) => inlineToMarkdown(b.parts).includes('KeyFigures'))).toBe(false);
  });

  it('offer the alt text of a picture for translation, never its file', () => {
    const alone = blocks.find((b) => b.kind === 'alt')!;
    expect(alone.parts).toEqual([
      { kind: 'open', id: '1', data: '![', ctype: 'image' },
      'a picture on its own',
      { kind: 'close', id: '1', data: '](./photo.png)', ctype: 'image' },
    ]);
  });
});

describe('links of the portal in a translation', () => {
  it('move to the translation’s language; other addresses stay', () => {
    expect(localizeCodeData('](/vi/history/x/)', 'fr')).toBe('](/fr/history/x/)');
    expect(localizeCodeData('](https://example.org/vi/x/)', 'fr')).toBe('](https://example.org/vi/x/)');
    expect(localizeCodeData('<a href="/vi/about/">', 'ja')).toBe('<a href="/ja/about/">');
    expect(localizeCodeData('](/en/about/)', 'fr')).toBe('](/en/about/)');
  });
});

describe('an XLIFF 1.2 file written and read again', () => {
  const source: Inline[] = [
    'A & B < C, ',
    { kind: 'open', id: '1', data: '[', ctype: 'link' },
    'label',
    { kind: 'close', id: '1', data: '](/vi/x/ "a <title>")', ctype: 'link' },
    ' ',
    { kind: 'alone', id: '2', data: '\n   ', ctype: 'lb' },
    'end',
  ];

  it('gives back every unit, its codes and their Markdown, byte for byte', async () => {
    const xml = await writeXliff({
      sourceLanguage: 'vi',
      targetLanguage: 'fr',
      entries: [{ entry: 'articles/a', units: [{ id: 'body.1', kind: 'p', source, target: source, notes: ['en: A note'], maxLength: 110 }] }],
    });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff [^>]*version="1.2"/);
    expect(xml).toContain('<bpt id="1" ctype="link">[</bpt>');
    expect(xml).toContain('maxwidth="110" size-unit="char"');
    const doc = await readXliff(xml);
    expect(doc.targetLanguage).toBe('fr');
    const [unit] = doc.entries[0]!.units;
    expect(unit).toMatchObject({ id: 'body.1', kind: 'p', notes: ['en: A note'] });
    expect(unit!.source).toEqual(source);
    expect(unit!.target).toEqual(source);
  });

  it('refuses a code whose Markdown a tool dropped, naming the unit', async () => {
    const xml = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="articles/a" source-language="vi" target-language="fr" datatype="plaintext"><body><trans-unit id="body.1"><source>a <x id="1"/> b</source></trans-unit></body></file></xliff>`;
    await expect(readXliff(xml)).rejects.toThrow(XliffFormatError);
    await expect(readXliff(xml)).rejects.toThrow(/articles\/a, unit body\.1/);
  });

  it('refuses XLIFF 2, which the portal does not exchange', async () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="vi" trgLang="fr"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>`;
    await expect(readXliff(xml)).rejects.toThrow(/XLIFF 2\.0/);
  });
});
