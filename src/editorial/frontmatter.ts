import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/** The YAML at the top of an MDX file, parsed, with a way to find the line of any field. */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** 1-based line in the whole file where `path` is written, or the frontmatter's first line. */
  lineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors, with their line in the whole file. */
  errors: { line: number; message: string }[];
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits an MDX file into frontmatter and body.
 * @example splitFrontmatter('---\ntitle: A\n---\nText') // { yaml: 'title: A', body: 'Text' }
 */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const match = FENCE.exec(source);
  if (!match) return undefined;
  return { yaml: match[1]!, body: source.slice(match[0].length) };
}

/** YAML read for content: the value, its syntax errors with lines, and a way to find a path's line. */
export interface ContentYaml {
  data: unknown;
  errors: { line: number; message: string }[];
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Reads a YAML text written by an editor. Anchors and aliases (`&a`, `*a`) are refused before the
 * value is built: content never needs them, and a few lines of them expand to gigabytes (the
 * "billion laughs"). The first error is enough: what follows a syntax error cannot be trusted.
 * `firstLine` is the line of the file where the YAML starts.
 */
export function readYaml(text: string, firstLine = 1): ContentYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.slice(0, 1).map((error) => ({ line: toFileLine(error.pos[0]), message: error.message.split('\n')[0]! }));
  if (errors.length === 0) {
    visit(doc, {
      Alias(_, node) {
        errors.push({
          line: node.range ? toFileLine(node.range[0]) : firstLine,
          message: `YAML aliases (\`*${node.source}\`) and anchors are not used in content`,
        });
        return visit.BREAK;
      },
    });
  }
  let data: unknown = undefined;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      errors.push({ line: firstLine, message: (error as Error).message.split('\n')[0]! });
    }
  }
  return {
    data,
    errors,
    lineOf: (path) => {
      const node = nodeAt(doc, path);
      return node?.range ? toFileLine(node.range[0]) : undefined;
    },
  };
}

/** Parses the frontmatter of one file; `undefined` when the file has none. */
export function parseFrontmatter(source: string): Frontmatter | undefined {
  const split = splitFrontmatter(source);
  if (!split) return undefined;
  // The YAML starts on line 2 of the file, after the opening `---`.
  const yaml = readYaml(split.yaml, 2);
  const data = yaml.data ?? {};
  return {
    data: typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    errors: yaml.errors,
    lineOf: (path) => yaml.lineOf(path) ?? 2,
  };
}

/** The deepest YAML node on `path` (the key of a map entry, the item of a list). */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  let current: unknown = doc.contents;
  let found: Node | undefined;
  for (const step of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && item.key.value === step);
      if (!pair) break;
      found = pair.key as Node;
      current = pair.value;
    } else if (isSeq(current) && typeof step === 'number') {
      const item = current.items[step];
      if (!item) break;
      found = item as Node;
      current = item;
    } else break;
  }
  return found;
}
