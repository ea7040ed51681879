import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs from 'xliff/xliff12ToJs';
import formatXml from 'xml-formatter';
import type { Inline, InlineCode } from './inline';

/**
 * The portal's translation units as an XLIFF 1.2 file, written and read by the `xliff` package
 * (no XML by hand). Version 1.2 because every tool translators use reads it: OmegaT's own filter
 * reads 1.2 only (XLIFF 2 needs the Okapi plugin, whose XLIFF 2 support leaves out inline codes),
 * memoQ and Trados Studio read both, Phrase reads both (docs/translating-with-cat-tools.md).
 *
 * Each entry is a `<file original="articles/<slug>">`; each unit a `<trans-unit>` whose Markdown
 * syntax travels as `<bpt>`/`<ept>` (around words: links, emphasis) and `<ph>` (standing alone:
 * inline code, footnote references, components), with the Markdown inside the element. The tools
 * show them as tags and put them back untouched; the import reads the Markdown from them.
 */

/** One unit of the file: its source, the translation when there is one, notes for the translator. */
interface XliffUnit {
  id: string;
  /** `field`, `h2`, `p`, `li`, `td`, `alt`…: the XLIFF `resname`, shown by the tools as context. */
  kind: string;
  source: Inline[];
  target?: Inline[];
  notes: string[];
  /** Greatest length of the translation in characters (`maxwidth`), for fields that have one. */
  maxLength?: number;
}

/** The units of one entry (`articles/yen-bai-uprising-1930`). */
export interface XliffEntry {
  entry: string;
  units: XliffUnit[];
}

export interface XliffDocument {
  /** BCP 47 tags as written in the file (`vi`, `fr`, `zh-Hans`, or a tool's `fr-FR`). */
  sourceLanguage: string;
  targetLanguage: string;
  entries: XliffEntry[];
}

/**
 * Line ends inside codes are written as ⏎: XML readers, the `xliff` package among them, drop the
 * white space at the end of an element's text, and translation tools re-flow it.
 */
const LINE_END = '\u23CE';
const encodeData = (data: string) => data.replaceAll('\n', LINE_END);
const decodeData = (data: string) => data.replaceAll(LINE_END, '\n');

function toLibraryValue(parts: readonly Inline[]): (string | XliffInlineElement)[] {
  return parts.map((part): string | XliffInlineElement => {
    if (typeof part === 'string') return part;
    const contents = encodeData(part.data);
    if (part.kind === 'open') return { SpanStart: { id: part.id, ctype: part.ctype, contents } };
    if (part.kind === 'close') return { SpanEnd: { id: part.id, contents } };
    return { Span: { id: part.id, ctype: part.ctype, contents } };
  });
}

/** The XLIFF 1.2 text of a document, indented, with every unit's content kept byte for byte. */
export async function writeXliff(doc: XliffDocument): Promise<string> {
  const resources: XliffJs['resources'] = {};
  for (const { entry, units } of doc.entries) {
    const file: Record<string, XliffResource> = {};
    for (const unit of units) {
      file[unit.id] = {
        source: toLibraryValue(unit.source),
        ...(unit.target ? { target: toLibraryValue(unit.target) } : {}),
        ...(unit.notes.length > 0 ? { note: unit.notes } : {}),
        additionalAttributes: {
          resname: unit.kind,
          'xml:space': 'preserve',
          ...(unit.maxLength ? { maxwidth: String(unit.maxLength), 'size-unit': 'char' } : {}),
        },
      };
    }
    resources[entry] = file;
  }
  const xml = await jsToXliff12({ sourceLanguage: doc.sourceLanguage, targetLanguage: doc.targetLanguage, resources }, { indent: '' });
  // Indented for people and diffs; xml-formatter leaves the inside of `xml:space="preserve"` alone.
  return `${formatXml(`<?xml version="1.0" encoding="UTF-8"?>${xml}`, { indentation: '  ', collapseContent: true, lineSeparator: '\n' })}\n`;
}

/** A problem with the file itself (not with the content it carries). */
export class XliffFormatError extends Error {}

/**
 * Reads an XLIFF 1.2 file written by `writeXliff` and translated in any tool. Segment markers a
 * tool may add (`<mrk mtype="seg">`) are unwrapped; a code without its Markdown (`<x/>`, `<g>`,
 * `<bx/>`, `<ex/>`) cannot be turned back into the text and is refused with the unit's name.
 */
export async function readXliff(xml: string): Promise<XliffDocument> {
  // The package reads 1.2 only; an XLIFF 2 file gets a message rather than its crash.
  const version = /<xliff\b[^>]*\bversion\s*=\s*["']([\d.]+)/.exec(xml)?.[1];
  if (version && version !== '1.2') throw new XliffFormatError(`the file is XLIFF ${version}; the portal exchanges XLIFF 1.2`);
  let js: XliffJs;
  try {
    js = await xliff12ToJs(xml, { captureSpacesBetweenElements: true });
  } catch (error) {
    throw new XliffFormatError(`the file is not readable XML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!js || typeof js !== 'object' || !js.resources) throw new XliffFormatError('the file is not an XLIFF 1.2 document');
  const entries: XliffEntry[] = [];
  for (const [entry, file] of Object.entries(js.resources)) {
    const units: XliffUnit[] = [];
    const collect = (resources: Record<string, XliffResource>) => {
      for (const [id, resource] of Object.entries(resources)) {
        if (resource.groupUnits) {
          collect(resource.groupUnits);
          continue;
        }
        const where = `${entry}, unit ${id}`;
        const target = resource.target === undefined ? undefined : fromLibraryValue(resource.target, where);
        const notes =
          resource.note === undefined ? [] : (Array.isArray(resource.note) ? resource.note : [resource.note]).map((n) => (typeof n === 'string' ? n : ''));
        units.push({
          id,
          kind: resource.additionalAttributes?.resname ?? '',
          source: fromLibraryValue(resource.source ?? '', where),
          // An empty <target/> is no translation.
          ...(target && target.length > 0 ? { target } : {}),
          notes,
        });
      }
    };
    collect(file);
    entries.push({ entry, units });
  }
  return { sourceLanguage: js.sourceLanguage, targetLanguage: js.targetLanguage ?? '', entries };
}

function fromLibraryValue(value: XliffValue, where: string): Inline[] {
  const parts: Inline[] = [];
  const openCtypes = new Map<string, string>();
  const push = (part: Inline) => {
    const last = parts[parts.length - 1];
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  const visit = (item: XliffValue) => {
    if (typeof item === 'string') return push(item);
    if (Array.isArray(item)) return item.forEach(visit);
    const [type, element] = Object.entries(item)[0] ?? [];
    if (!type || !element) return;
    const id = String(element.id ?? '');
    const contents = typeof element.contents === 'string' ? decodeData(element.contents) : flat(element.contents);
    const ctype = typeof element.ctype === 'string' ? element.ctype : '';
    switch (type) {
      case 'SpanStart':
        openCtypes.set(id, ctype);
        push({ kind: 'open', id, data: contents, ctype } satisfies InlineCode);
        return;
      case 'SpanEnd':
        push({ kind: 'close', id, data: contents, ctype: openCtypes.get(id) ?? '' });
        return;
      case 'Span':
        push({ kind: 'alone', id, data: contents, ctype });
        return;
      case 'Marker':
        if (element.contents !== undefined) visit(element.contents);
        return;
      default:
        throw new XliffFormatError(
          `${where}: a tag the portal did not write (${type}); its Markdown is unknown. Copy the tags of the source into the translation as they are.`,
        );
    }
  };
  visit(value);
  return parts;
}

/** The text of a code whose Markdown a tool split into elements (it never should). */
function flat(value: XliffValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return decodeData(value);
  if (Array.isArray(value)) return value.map(flat).join('');
  return '';
}
