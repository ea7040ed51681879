import { Document, isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Reads and writes an entry file for the browser editor so that git sees only what an editor
 * changed: translation status is computed from the git history of vi.mdx, and a reviewer reads the
 * diff. Writing back the values of a file that was read gives the same bytes; changing one field
 * changes the lines of that field only. The frontmatter is patched where its text stands (the
 * value's range in the YAML source), keeping field order, quoting, flow or block style, comments,
 * dates and line endings; only a new field or a changed value is rendered, in the file's own style.
 */

/** A file as the editor holds it: the frontmatter's values and the text. */
export interface EntryFileContent {
  data: Record<string, unknown>;
  body: string;
}

/** What writing needs besides the values. */
export interface WriteOptions {
  /** The file as it was read; none for a new file. */
  original?: string;
  /** Field names in the order the editor shows them: a new field goes after the nearest one before it. */
  order?: readonly string[];
  /** Fields the editor knows: a field of the file that the editor does not know is kept as it is. */
  known?: ReadonlySet<string>;
  /** Default values: a field the file lacks is not added when the editor gives its default. */
  defaults?: Readonly<Record<string, unknown>>;
}

const FENCE = /^---(\r?\n)([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Reads an entry file: frontmatter values as YAML 1.2 gives them (dates stay `YYYY-MM-DD` text)
 * and the text after it, without the blank line that follows the frontmatter.
 * @example readEntryFile('---\ntitle: A\n---\n\nText\n') // { data: { title: 'A' }, body: 'Text\n' }
 */
export function readEntryFile(text: string): EntryFileContent {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, body: text };
  const data = parseDocument(match[2]!).toJS({ maxAliasCount: 0 }) as unknown;
  const body = text.slice(match[0].length).replace(/^\r?\n/, '');
  return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body };
}

/** Empty values are what an editor leaves blank: the same as a field not written. */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && value !== null && Object.keys(value).length === 0);

/** Whether two values say the same (empty ones alike; text compared without trailing spaces). */
function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  if (typeof a === 'string' && typeof b === 'string') return a.trimEnd() === b.trimEnd();
  return a === b;
}

/** A replacement of part of the YAML text. */
interface Edit {
  from: number;
  to: number;
  text: string;
}

/** Lists of plain values go on one line (`places: [a, b]`), as the content writes them. */
const flowByDefault = (value: unknown): boolean => Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');

/**
 * A value as YAML text in the style of `like`, the node it replaces (quoting, flow or block,
 * brackets with or without inner spaces); lines after the first are indented to `column`.
 */
function render(value: unknown, like: Node | undefined, column: number, eol: string, padded?: boolean): string {
  let text: string;
  if (value === null || typeof value !== 'object') {
    const doc = new Document(value);
    if (typeof value === 'string' && like && isScalar(like) && like.type) (doc.contents as Scalar).type = like.type;
    text = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  } else if (like ? Boolean((like as YAMLMap | YAMLSeq).flow) : flowByDefault(value)) {
    // The content writes `[a, b]` and `{ value: 1, year: 2 }`.
    text = stringify(value, { collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: padded ?? !Array.isArray(value) }).replace(/\n$/, '');
  } else {
    const indent = ' '.repeat(column);
    text = stringify(value, { lineWidth: 0, indent: 2 })
      .replace(/\n$/, '')
      .split('\n')
      .map((line, i) => (i === 0 ? line : indent + line))
      .join('\n');
  }
  return text.replace(/\n/g, eol);
}

/**
 * Writes `content` as an entry file. With `original`, the result is `original` with only the
 * fields whose values differ patched, and the text replaced only if it differs; without, a new
 * file in the portal's style.
 */
export function writeEntryFile(content: EntryFileContent, options: WriteOptions = {}): string {
  const { original, order = [], known, defaults = {} } = options;
  const data = Object.fromEntries(Object.entries(content.data).filter(([, value]) => value !== undefined));
  const match = original ? FENCE.exec(original) : null;
  if (!original || !match) return newFile(data, content.body, order, defaults);
  const eol = match[1]!;
  const yaml = match[2]!;
  const doc = parseDocument(yaml);
  const edits: Edit[] = [];
  if (isMap(doc.contents)) patchMap(doc.contents, yaml, data, edits, { order, known, defaults, eol, top: true });
  let patched = yaml;
  for (const edit of edits.sort((a, b) => b.from - a.from)) patched = patched.slice(0, edit.from) + edit.text + patched.slice(edit.to);
  const before = readEntryFile(original).body;
  const opening = `---${eol}`;
  const closing = original.slice(opening.length + yaml.length, match[0].length);
  const gap = original.slice(match[0].length, original.length - before.length);
  const body = sameValue(before, content.body) ? before : withEnding(content.body.replace(/\r?\n/g, eol), before, eol);
  return opening + patched + closing + gap + body;
}

/** A changed text ends as the old one did (with or without a final line break). */
function withEnding(text: string, like: string, eol: string): string {
  const trimmed = text.replace(/\s+$/, '');
  return like.endsWith('\n') || like === '' ? trimmed + eol : trimmed;
}

interface PatchContext {
  order: readonly string[];
  known: ReadonlySet<string> | undefined;
  defaults: Readonly<Record<string, unknown>>;
  eol: string;
  /** The top-level map: only its fields have defaults and an order. */
  top: boolean;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
};
const columnOf = (text: string, at: number) => at - lineStart(text, at);

/** Edits that turn the map's values into `values`, key by key. */
function patchMap(map: YAMLMap, yaml: string, values: Record<string, unknown>, edits: Edit[], context: PatchContext): void {
  const pairs = new Map<string, Pair<Node, Node>>();
  for (const pair of map.items as Pair<Node, Node>[]) if (isScalar(pair.key)) pairs.set(String(pair.key.value), pair);
  const old = map.toJSON() as Record<string, unknown>;
  for (const [key, pair] of pairs) {
    const value = values[key];
    if (!(key in values)) {
      // A field the editor does not know (or a nested one it did not send) stays as written.
      if (!context.top || (context.known && !context.known.has(key)) || isEmpty(old[key])) continue;
      edits.push(removal(pair, yaml));
    } else if (!sameValue(old[key], value)) {
      patchValue(pair, yaml, value, edits, context);
    }
  }
  for (const [key, value] of Object.entries(values)) {
    if (pairs.has(key) || isEmpty(value)) continue;
    if (context.top && key in context.defaults && sameValue(context.defaults[key], value)) continue;
    edits.push(insertion(pairs, yaml, key, value, context));
  }
}

/** Edits that turn one value into another, as deep as the two still have the same shape. */
function patchValue(pair: Pair<Node, Node>, yaml: string, value: unknown, edits: Edit[], context: PatchContext): void {
  const node = pair.value;
  const nested = { ...context, top: false };
  if (node && isMap(node) && !node.flow && value && typeof value === 'object' && !Array.isArray(value)) {
    patchMap(node, yaml, value as Record<string, unknown>, edits, nested);
    return;
  }
  if (node && isSeq(node) && !node.flow && Array.isArray(value) && value.length === node.items.length) {
    node.items.forEach((item, index) => {
      if (sameValue((item as Node).toJSON(), value[index])) return;
      patchValue({ value: item } as Pair<Node, Node>, yaml, value[index], edits, nested);
    });
    return;
  }
  if (!node?.range) {
    // `key:` with nothing after it: the value goes after the colon.
    const at = lineEnd(yaml, (pair.key as Node).range![1]) - 1;
    edits.push({ from: at, to: at, text: ` ${render(value, undefined, columnOf(yaml, (pair.key as Node).range![0]) + 2, context.eol)}` });
    return;
  }
  const [from, to] = node.range;
  const blockCollection = (isMap(node) || isSeq(node)) && !node.flow;
  const column = columnOf(yaml, from);
  let text = render(value, node, column, context.eol, /^[[{] /.test(yaml.slice(from, from + 2)));
  if (blockCollection && (value === null || typeof value !== 'object' || isEmpty(value))) {
    // A block list or map becomes a single value: back on the key's line.
    const keyEnd = (pair.key as Node).range![1];
    edits.push({ from: keyEnd, to: to, text: `: ${text}${context.eol}`.replace(/^: : /, ': ') });
    return;
  }
  if (blockCollection) text = text.replace(/\r?\n$/, '') + context.eol;
  edits.push({ from, to, text });
}

/** An edit that deletes a field's lines. */
function removal(pair: Pair<Node, Node>, yaml: string): Edit {
  const start = lineStart(yaml, (pair.key as Node).range![0]);
  const last = pair.value?.range ? pair.value.range[2] : (pair.key as Node).range![2];
  const end = last === yaml.length || yaml[last - 1] === '\n' ? last : lineEnd(yaml, last);
  // The last field: its line break before it goes with it, the closing `---` follows.
  return end === yaml.length && start > 0 && !yaml.endsWith('\n') ? { from: start - 1, to: end, text: '' } : { from: start, to: end, text: '' };
}

/** An edit that writes a new field after the nearest field before it in the editor's order. */
function insertion(pairs: Map<string, Pair<Node, Node>>, yaml: string, key: string, value: unknown, context: PatchContext): Edit {
  const position = context.order.indexOf(key);
  const before = position > 0 ? [...context.order.slice(0, position)].reverse().find((name) => pairs.has(name)) : undefined;
  const anchor = before ? pairs.get(before)! : [...pairs.values()].at(-1);
  const column = anchor ? columnOf(yaml, (anchor.key as Node).range![0]) : 0;
  const indent = ' '.repeat(column);
  const oneLine = value === null || typeof value !== 'object' || flowByDefault(value);
  const line = oneLine
    ? `${indent}${key}: ${render(value, undefined, column, context.eol)}`
    : `${indent}${key}:${context.eol}${indent}  ${render(value, undefined, column + 2, context.eol)}`;
  const last = anchor ? (anchor.value?.range ? anchor.value.range[2] : (anchor.key as Node).range![2]) : yaml.length;
  const at = last === 0 || yaml[last - 1] === '\n' ? last : lineEnd(yaml, last);
  // The last field of the frontmatter has no line break after it (the closing `---` follows).
  return at === yaml.length && yaml.length > 0 && !yaml.endsWith('\n')
    ? { from: at, to: at, text: `${context.eol}${line}` }
    : { from: at, to: at, text: `${line}${context.eol}` };
}

/** A new file: fields in the editor's order, lists of ids on one line, no default value, the text after a blank line. */
function newFile(data: Record<string, unknown>, body: string, order: readonly string[], defaults: Readonly<Record<string, unknown>>): string {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(data)
    // A value the schema gives anyway (`draft: false`) is not written.
    .filter((key) => !isEmpty(data[key]) && !(key in defaults && sameValue(defaults[key], data[key])))
    .sort((a, b) => rank(a) - rank(b));
  const doc = new Document(Object.fromEntries(keys.map((key) => [key, data[key]])));
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const value = pair.value as Node | null;
      if (value && isSeq(value) && value.items.every((item) => isScalar(item))) value.flow = true;
    }
  }
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body.replace(/\s+$/, '')}\n`;
}
