import XMLBuilder from 'fast-xml-builder';
import { markdownToMdast } from 'satteri';
import { isLocale, localeCodes, localeToLang, type Locale } from '../../i18n/locales';

/**
 * The names of docs/glossary.md for translators' tools: every table with a column per language
 * (places, landmarks, partners, administrative and thematic terms) becomes one concept per row,
 * written as TBX-Basic (ISO 30042, the `martif` form), which OmegaT, memoQ, Trados MultiTerm and
 * Phrase import as a termbase, so that the tools suggest the portal's names while translating.
 */

/** One row of a glossary table: what it names, and its form in each language. */
export interface GlossaryConcept {
  /** The first column ("Yên Bái ward (since 1 Jul 2025), …"): what the row names. */
  subject: string;
  /** The heading of the table's section ("2.1 Today (since 1 July 2025)"). */
  section: string;
  terms: { locale: Locale; term: string; notUsedYet: boolean; toConfirm: boolean }[];
}

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
}

const textOf = (node: MdNode): string => (node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** The concepts of the glossary's tables, in the order of the file. */
export function glossaryConcepts(markdown: string): GlossaryConcept[] {
  const tree = markdownToMdast(markdown, { features: { gfm: true } }) as MdNode;
  const concepts: GlossaryConcept[] = [];
  let section = '';
  for (const node of tree.children ?? []) {
    if (node.type === 'heading') section = textOf(node).trim();
    if (node.type !== 'table') continue;
    const [header, ...rows] = node.children ?? [];
    const columns = (header?.children ?? []).map((cell) => textOf(cell).trim());
    if (!columns.some(isLocale)) continue;
    for (const row of rows) {
      const cells = (row.children ?? []).map((cell) => textOf(cell).trim());
      const terms = columns.flatMap((column, i) => {
        const cell = cells[i] ?? '';
        // "huyện … (cũ)" is a pattern to fill in, not a name a tool can match.
        if (!isLocale(column) || !cell || cell.includes('…')) return [];
        const toConfirm = /\(to confirm\)/.test(cell);
        const notUsedYet = /\*/.test(cell);
        const term = cell
          .replace(/\(to confirm\)/g, '')
          .replace(/\*/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        return term ? [{ locale: column, term, notUsedYet, toConfirm }] : [];
      });
      if (terms.length > 1) concepts.push({ subject: cells[0] ?? '', section, terms });
    }
  }
  return concepts;
}

/** The glossary as a TBX-Basic document (UTF-8 XML), built with fast-xml-builder (no XML by hand). */
export function glossaryTbx(markdown: string): string {
  const concepts = glossaryConcepts(markdown);
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', format: true, indentBy: '  ' });
  const tbx = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    martif: {
      '@type': 'TBX-Basic',
      '@xml:lang': localeToLang(localeCodes[0]!),
      martifHeader: {
        fileDesc: {
          titleStmt: { title: 'Yên Bái foreign-information portal: names and terms' },
          sourceDesc: {
            p: 'docs/glossary.md of the portal. A term marked "not yet used" is derived from its rules; "to confirm" needs a check by a native speaker.',
          },
        },
        encodingDesc: { p: { '@type': 'XCSURI', '#text': 'TBXBasicXCSV02.xcs' } },
      },
      text: {
        body: {
          termEntry: concepts.map((concept, i) => ({
            '@id': `c${i + 1}`,
            descrip: { '@type': 'subjectField', '#text': concept.section },
            note: concept.subject,
            langSet: concept.terms.map((t) => ({
              '@xml:lang': localeToLang(t.locale),
              tig: {
                term: t.term,
                termNote: { '@type': 'administrativeStatus', '#text': t.toConfirm ? 'admittedTerm-admn-sts' : 'preferredTerm-admn-sts' },
                ...(t.toConfirm || t.notUsedYet
                  ? { note: [t.notUsedYet ? 'not yet used in the content' : '', t.toConfirm ? 'to confirm' : ''].filter(Boolean).join('; ') }
                  : {}),
              },
            })),
          })),
        },
      },
    },
  };
  return builder.build(tbx) as string;
}
