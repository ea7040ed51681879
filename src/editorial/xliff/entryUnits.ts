import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { entryCollections, type EntryCollectionName } from '../../schemas/registry';
import { splitFrontmatter } from '../frontmatter';
import { bodyBlocks } from './bodyBlocks';
import type { Inline } from './inline';

/**
 * A language file of an entry as a translator's tool sees it: one unit per word field (`title`,
 * `description`, `capital`, each of `milestones`, each of `figureLabels`…) and one per block of the
 * body, each with its place in the file. Language-neutral facts are never units: they live in
 * vi.mdx only, and translations inherit them.
 */
export interface EntryUnit {
  /** `title`, `milestones.0`, `figureLabels.area`, `body.12`: unique in the entry. */
  id: string;
  /** `field`, or the body block's kind (`h2`, `p`, `li`, `td`, `alt`…). */
  kind: string;
  parts: Inline[];
  /** Where the unit's text is written in the file (for a field: its YAML value, quotes included). */
  start: number;
  end: number;
  /** For a field: its greatest length in characters (from the collection's schema). */
  maxLength?: number;
}

/** Word fields that are not text for a translator: notes for the content check. */
const notTranslated = new Set(['acceptedWarnings']);

/** Whether a field of a language file is translatable text of `collection`. */
function isWordField(collection: EntryCollectionName, key: string): boolean {
  return key in entryCollections[collection].words.shape && !notTranslated.has(key);
}

/**
 * The units of one language file, in the order of the file. Throws with the file's own words when
 * its frontmatter or text cannot be read (`npm run check` says the same, with the line).
 */
export function readEntryUnits(source: string, collection: EntryCollectionName): EntryUnit[] {
  const split = splitFrontmatter(source);
  if (!split) throw new Error('the file has no frontmatter (--- … ---)');
  const yamlStart = source.indexOf('\n') + 1;
  const bodyStart = source.length - split.body.length;
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0) throw new Error(`its frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const units: EntryUnit[] = [];
  const shape = entryCollections[collection].words.shape as Record<string, { maxLength?: number | null }>;
  const add = (id: string, node: Node | null | undefined, maxLength?: number) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
    units.push({
      id,
      kind: 'field',
      parts: [node.value],
      start: yamlStart + node.range[0],
      end: yamlStart + node.range[1],
      ...(maxLength ? { maxLength } : {}),
    });
  };
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!isWordField(collection, key)) continue;
      const value = pair.value as Node | null;
      if (isSeq(value)) value.items.forEach((item, i) => add(`${key}.${i}`, item as Node));
      else if (isMap(value)) for (const item of value.items) add(`${key}.${isScalar(item.key) ? String(item.key.value) : ''}`, item.value as Node);
      else add(key, value, shape[key]?.maxLength ?? undefined);
    }
  }
  bodyBlocks(split.body).forEach((block, i) =>
    units.push({ id: `body.${i + 1}`, kind: block.kind, parts: block.parts, start: bodyStart + block.start, end: bodyStart + block.end }),
  );
  return units;
}

/**
 * Whether a translation follows the structure of its source unit by unit (same fields, same
 * blocks of the same kinds, in the same order): only then can its text stand beside the source.
 */
export function sameStructure(a: readonly EntryUnit[], b: readonly EntryUnit[]): boolean {
  return a.length === b.length && a.every((unit, i) => unit.id === b[i]!.id && unit.kind === b[i]!.kind);
}
