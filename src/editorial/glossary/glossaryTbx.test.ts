import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { localeCodes, localeToLang } from '../../i18n/locales';
import { glossaryConcepts, glossaryTbx } from './glossaryTbx';

const glossary = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'glossary.md'), 'utf8');

interface Tig {
  term: string;
  termNote: { '#text': string };
  note?: string;
}
interface TermEntry {
  '@id': string;
  note: string;
  langSet: { '@xml:lang': string; tig: Tig }[];
}

describe('the glossary exported as TBX', () => {
  const tbx = glossaryTbx(glossary);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'termEntry' || name === 'langSet' }).parse(tbx);
  const entries: TermEntry[] = parsed.martif.text.body.termEntry;
  const termsIn = (lang: string) => entries.flatMap((e) => e.langSet.filter((l) => l['@xml:lang'] === lang).map((l) => l.tig.term));

  it('is TBX-Basic (the martif form) that a termbase import reads', () => {
    expect(tbx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="vi">')).toBe(true);
    expect(parsed.martif['@type']).toBe('TBX-Basic');
  });

  it('holds every row of the glossary’s language tables, in every language the row gives', () => {
    expect(entries.length).toBe(glossaryConcepts(glossary).length);
    expect(entries.length).toBeGreaterThan(60);
    for (const locale of localeCodes) expect(termsIn(localeToLang(locale)).length, locale).toBeGreaterThan(50);
  });

  it('gives the portal’s names as the glossary writes them', () => {
    const ward = entries.find((e) => e.note.startsWith('Yên Bái ward'))!;
    const byLang = Object.fromEntries(ward.langSet.map((l) => [l['@xml:lang'], l.tig.term]));
    expect(byLang).toMatchObject({ vi: 'phường Yên Bái', en: 'Yên Bái ward', fr: 'quartier de Yên Bái', de: 'Stadtbezirk Yên Bái', 'zh-Hans': '安沛坊' });
  });

  it('keeps the glossary’s marks as notes, not inside the terms', () => {
    const all = localeCodes.flatMap((l) => termsIn(localeToLang(l)));
    expect(all.filter((t) => /\*|to confirm|…/.test(t))).toEqual([]);
    const chay = entries.find((e) => e.note === 'Chảy River')!;
    const zh = chay.langSet.find((l) => l['@xml:lang'] === 'zh-Hans')!.tig;
    expect(zh).toMatchObject({ term: 'Chảy河', note: 'not yet used in the content; to confirm' });
    expect(zh.termNote['#text']).toBe('admittedTerm-admn-sts');
  });
});
