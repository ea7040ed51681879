import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales';
import { bodyProse, readWordList, spellCheckedLocales, spellingWarnings, toneVariant, wordsOf } from './spelling';

const root = join(import.meta.dirname, '..', '..');
/** The unknown words of one text, with their suggestions. */
const unknown = async (locale: Locale, text: string, accepted: { text: string }[] = []) =>
  (await spellingWarnings([{ file: `${locale}.mdx`, locale, texts: [{ text, line: 7 }], accepted }], root)).map((w) => ({
    word: /`(.*)`/.exec(w.title)![1],
    line: w.line,
    suggestions: [...(w.detail ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]),
  }));

describe('spellingWarnings() in each language that has a dictionary', () => {
  it('checks vi, en, fr and de, as src/i18n/locales.ts says', () => {
    expect(spellCheckedLocales).toEqual(['vi', 'en', 'fr', 'de']);
  });

  it('Vietnamese: finds a syllable that does not exist and suggests the word, in either tone placement', async () => {
    expect(await unknown('vi', 'Tỉnh Yên Bái nằm ở vùng trung du và miền núi phía Bắc; hòa bình và hoà hợp.')).toEqual([]);
    const found = await unknown('vi', 'Ruộng bậc thang ở Mù Cang Chải được xếp hạng di tích quốc gia nắm 2007, thuỗc tỉnh Yên Bái.');
    expect(found.map((f) => f.word)).toEqual(['thuỗc']);
    expect(found[0]!.suggestions).toContain('thuộc');
  });

  it('English: British spelling, with suggestions', async () => {
    expect(await unknown('en', 'The centre of the former province is famous for the colour of its terraced fields.')).toEqual([]);
    const found = await unknown('en', 'The color of the terraced feilds changes with the seasons.');
    expect(found.map((f) => f.word)).toEqual(['color', 'feilds']);
    expect(found[0]!.suggestions).toContain('colour');
    expect(found[1]!.suggestions).toContain('fields');
  });

  it('French: elisions, and a misspelt word with its suggestion', async () => {
    expect(await unknown('fr', "L'ancienne province de Yên Bái s'étendait jusqu'aux rives du fleuve Rouge.")).toEqual([]);
    const found = await unknown('fr', "L'ancinne province de Yên Bái est connue pour ses rizières.");
    expect(found).toEqual([{ word: 'ancinne', line: 7, suggestions: expect.arrayContaining(['ancienne']) }]);
  });

  it('German: compounds the dictionary knows, and a misspelt word with its suggestion', async () => {
    expect(await unknown('de', 'Die ehemalige Provinz Yên Bái liegt im Nordwesten; Teeanbau und Forstwirtschaft prägen sie.')).toEqual([]);
    const found = await unknown('de', 'Die ehemalige Provnz Yên Bái liegt am Roten Fluss.');
    expect(found.map((f) => f.word)).toEqual(['Provnz']);
    expect(found[0]!.suggestions).toContain('Provinz');
  });

  it('knows Vietnamese names and phrases kept in a translation, and names of several words in another language', async () => {
    expect(await unknown('en', 'Mù Cang Chải lies on the road to Khau Phạ pass, famous for its *mùa vàng*.')).toEqual([]);
    expect(await unknown('de', 'Der Sender France Bleu und das *Elephant Conservation Center* werden zitiert.')).toEqual([]);
    // A lone lowercase Vietnamese syllable written with English letters is not taken for Vietnamese.
    expect((await unknown('en', 'The tea is grown at the con of the hill.')).map((f) => f.word)).toEqual([]);
    expect((await unknown('en', 'The tea is grown on the sườn of the hill.')).map((f) => f.word)).toEqual([]);
    expect((await unknown('en', 'The tea grows on the hill of tra.')).map((f) => f.word)).toEqual(['tra']);
  });

  it('takes the portal’s own words from docs/words/ (Xaignabouli, Val-de-Marne), and words a file accepts', async () => {
    expect(await unknown('fr', 'Xaignabouli et le Val-de-Marne sont des partenaires de Yên Bái.')).toEqual([]);
    expect((await unknown('en', 'The guide calls it Yenbaiville.')).map((f) => f.word)).toEqual(['Yenbaiville']);
    expect(await unknown('en', 'The guide calls it Yenbaiville.', [{ text: 'calls it Yenbaiville' }])).toEqual([]);
  });

  it('leaves languages without a dictionary alone', async () => {
    expect(await unknown('ja', 'イエンバイ省 xyzzyq')).toEqual([]);
  });
});

describe('the words of a text', () => {
  it('skips numbers, abbreviations, names with inner capitals, addresses and shared compound halves', () => {
    expect(wordsOf('UNESCO, QĐ-TTg, VietnamPlus, the 1930s, doingoailaocai.vn and https://x.vn/a-b', 3).map((w) => w.word)).toEqual(['the', 'and']);
    expect(wordsOf('land- und forstwirtschaftliche Erzeugnisse', 1).map((w) => w.word)).toEqual(['und', 'forstwirtschaftliche', 'Erzeugnisse']);
    expect(wordsOf('one\ntwo', 4)).toEqual([
      { word: 'one', line: 4 },
      { word: 'two', line: 5 },
    ]);
  });

  it('reads the prose of a body, not its code, addresses, component props or passages in another language', () => {
    const body = [
      'Intro with a [link label](https://example.org/path-words) and `inline code`.',
      '',
      '![Alt words](./photo.jpg)',
      '',
      'Name: <span lang="fr">Val-de-Marne fête</span> and <abbr title="People Committee">PC</abbr>.',
    ].join('\n');
    const texts = bodyProse(body, 'en', 10);
    expect(texts.map((t) => [t.line, t.text.trim()]).filter(([, text]) => text)).toEqual([
      [10, 'Intro with a'],
      [10, 'link label'],
      [10, 'and'],
      [10, '.'],
      [12, 'Alt words'],
      [14, 'Name:'],
      [14, 'and'],
      [14, 'People Committee'],
      [14, 'PC'],
      [14, '.'],
    ]);
  });

  it('knows both tone placements of Vietnamese', () => {
    expect(toneVariant('hóa')).toBe('hoá');
    expect(toneVariant('thuỷ')).toBe('thủy');
    expect(toneVariant('Ủy')).toBe('Uỷ');
    expect(toneVariant('hoàng')).toBeUndefined();
  });

  it('reads a word list: one word a line, comments and blank lines ignored', () => {
    expect(readWordList('# names\nCang\n\nPhạ  # Khau Phạ pass\n')).toEqual(['Cang', 'Phạ']);
  });
});
