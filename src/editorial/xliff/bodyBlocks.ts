import { mdxToMdast } from 'satteri';
import { hasWords, type Inline, type InlineCode } from './inline';

/**
 * The translatable blocks of an entry's body, read on the MDX tree of the portal's own parser
 * (Sätteri, as bodyPolicy.ts does): headings, paragraphs, list items, table cells, quotes, footnotes
 * and the alt text of pictures. Each block keeps its place in the text (`start`, `end`), so that a
 * translation can be put back exactly where the source text was, and everything around it (list
 * markers, table pipes, blank lines, components) stays as the source has it.
 */

/** One translatable block: its kind (`h2`, `p`, `li`, `th`, `td`, `quote`, `note`…), place and content. */
export interface BodyBlock {
  kind: string;
  /** Offsets in the body text (JavaScript string indices). */
  start: number;
  end: number;
  parts: Inline[];
}

interface Point {
  offset: number;
}
interface MdNode {
  type: string;
  position?: { start: Point; end: Point };
  children?: MdNode[];
  depth?: number;
  name?: string | null;
}

/** Nodes that hold text (phrasing content): a block whose children are these is one unit. */
const phrasing = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'inlineCode',
  'break',
  'footnoteReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'html',
]);

/** Nodes that only hold other blocks: walked through. */
const containers = new Set(['root', 'list', 'listItem', 'blockquote', 'footnoteDefinition', 'table', 'tableRow']);

/** What each kind of Markdown code is, for the translator's tool (XLIFF 1.2 `ctype`). */
const ctypes: Record<string, string> = {
  emphasis: 'italic',
  strong: 'bold',
  link: 'link',
  linkReference: 'link',
  image: 'image',
  imageReference: 'image',
  delete: 'x-strikethrough',
  inlineCode: 'x-code',
  footnoteReference: 'x-footnote-reference',
  break: 'x-hard-break',
  mdxJsxTextElement: 'x-html',
};

/** The translatable blocks of a body, in reading order. Throws when the body is not valid MDX. */
export function bodyBlocks(body: string): BodyBlock[] {
  const tree = mdxToMdast(body, { features: { gfm: true } }) as MdNode;
  const blocks: BodyBlock[] = [];
  walk(tree, body, blocks, 'p');
  return blocks;
}

function walk(node: MdNode, body: string, out: BodyBlock[], kind: string): void {
  const children = node.children ?? [];
  switch (node.type) {
    case 'heading':
      addBlock(node, body, out, `h${node.depth ?? 2}`);
      return;
    case 'paragraph':
      addBlock(node, body, out, kind);
      return;
    case 'tableCell':
      addBlock(node, body, out, kind);
      return;
    case 'mdxJsxFlowElement':
      // An HTML container (`<details>`, `<dl>`…) holds text; a component of the portal is left
      // as it is, with its literal props (they are not text for a translator's tool).
      if (!node.name || /^[A-Z]/.test(node.name)) return;
      if (children.length > 0 && children.every((child) => phrasing.has(child.type))) addBlock(node, body, out, node.name);
      else for (const child of children) walk(child, body, out, node.name);
      return;
  }
  if (!containers.has(node.type)) return;
  children.forEach((child, index) => {
    const childKind =
      node.type === 'listItem'
        ? 'li'
        : node.type === 'blockquote'
          ? 'quote'
          : node.type === 'footnoteDefinition'
            ? 'footnote'
            : node.type === 'table'
              ? index === 0
                ? 'th'
                : 'td'
              : node.type === 'tableRow'
                ? kind
                : kind;
    walk(child, body, out, childKind);
  });
}

/** A block whose children are text: one unit, unless it has no words (a lone picture keeps its alt text as a unit). */
function addBlock(node: MdNode, body: string, out: BodyBlock[], kind: string): void {
  const children = node.children ?? [];
  if (children.length === 0) return;
  const start = children[0]!.position!.start.offset;
  const end = children[children.length - 1]!.position!.end.offset;
  const counter = { next: 1 };
  const parts = inlineParts(children, start, end, body, counter);
  const lonePicture = children.length === 1 && children[0]!.type === 'image';
  if (hasWords(parts)) out.push({ kind: lonePicture ? 'alt' : kind, start, end, parts });
}

/** The content of `children` between `start` and `end`: text as written, Markdown syntax as codes. */
function inlineParts(children: readonly MdNode[], start: number, end: number, body: string, counter: { next: number }): Inline[] {
  const parts: Inline[] = [];
  let cursor = start;
  const text = (from: number, to: number) => {
    if (to > from) pushText(parts, body.slice(from, to), counter);
  };
  for (const child of children) {
    const from = child.position!.start.offset;
    const to = child.position!.end.offset;
    text(cursor, from);
    cursor = to;
    if (child.type === 'text') {
      text(from, to);
      continue;
    }
    const ctype = ctypes[child.type] ?? `x-${child.type}`;
    const inner = child.children ?? [];
    if (child.type === 'image') {
      const alt = altRange(body, from, to);
      if (alt && alt[1] > alt[0]) {
        const id = String(counter.next++);
        parts.push({ kind: 'open', id, data: body.slice(from, alt[0]), ctype });
        text(alt[0], alt[1]);
        parts.push({ kind: 'close', id, data: body.slice(alt[1], to), ctype });
        continue;
      }
    } else if (inner.length > 0 && child.type !== 'inlineCode') {
      const innerStart = inner[0]!.position!.start.offset;
      const innerEnd = inner[inner.length - 1]!.position!.end.offset;
      const id = String(counter.next++);
      parts.push({ kind: 'open', id, data: body.slice(from, innerStart), ctype });
      parts.push(...inlineParts(inner, innerStart, innerEnd, body, counter));
      parts.push({ kind: 'close', id, data: body.slice(innerEnd, to), ctype });
      continue;
    }
    parts.push({ kind: 'alone', id: String(counter.next++), data: body.slice(from, to), ctype });
  }
  text(cursor, end);
  return parts;
}

/**
 * Text as written, except line ends: each becomes a code (`ctype="lb"`) with the indentation that
 * follows it, since translation tools re-flow the white space of text at will.
 */
function pushText(parts: Inline[], value: string, counter: { next: number }): void {
  const lines = value.split('\n');
  lines.forEach((line, index) => {
    let words = line;
    if (index > 0) {
      const indent = /^[ \t]*/.exec(line)![0];
      parts.push({ kind: 'alone', id: String(counter.next++), data: `\n${indent}`, ctype: 'lb' } satisfies InlineCode);
      words = line.slice(indent.length);
    }
    if (!words) return;
    const last = parts[parts.length - 1];
    if (typeof last === 'string') parts[parts.length - 1] = last + words;
    else parts.push(words);
  });
}

/** Where the alt text of `![alt](src)` is, between `![` and its closing `]`. */
function altRange(body: string, from: number, to: number): [number, number] | undefined {
  if (body.slice(from, from + 2) !== '![') return undefined;
  let depth = 0;
  for (let i = from + 2; i < to; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) return [from + 2, i];
      depth--;
    }
  }
  return undefined;
}
