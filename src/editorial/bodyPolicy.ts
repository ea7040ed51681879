import { mdxToMdast } from 'satteri';
import { checkUrl } from '../util/safeUrl';
import { editorComponents as portalComponents, type EditorComponentSpec } from './editorComponents';
import { allowedElements, globalAttributes, refusedElements, urlAttributes } from './htmlAllowlist';

/**
 * The content rule for entry bodies, decided on the MDX tree that Astro's own parser (Sätteri)
 * builds, never on the text: Markdown, the HTML of htmlAllowlist.ts, and the portal's components
 * with literal props. No ESM, no `{…}` expression, no directive (`set:html`), no event handler,
 * no address other than checkUrl() allows. Used by `npm run check` (with file and line) and by the
 * compile guard (contentGuard.ts), which refuses the same text if the check was skipped.
 */

/** A problem in a body; `line` counts from the first line of the text given. */
interface BodyFinding {
  line: number;
  title: string;
  detail?: string;
  fix: string;
}

/** A link of the body (Markdown or `<a>`), for the checks that need the site (targets, labels). */
interface BodyLink {
  line: number;
  href: string;
  label: string;
}

/** A Markdown image of the body: checked against the file beside the entry. */
interface BodyImage {
  line: number;
  src: string;
  alt: string;
}

/** A portal component of the body with valid props, and what they point at. */
interface BodyComponent {
  line: number;
  name: string;
  pictures: string[];
  videos: string[];
}

export interface ReadBody {
  findings: BodyFinding[];
  links: BodyLink[];
  images: BodyImage[];
  components: BodyComponent[];
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface TreeNode {
  type: string;
  position?: { start: { line: number } };
  children?: TreeNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: Attribute[];
}

/** Editors' values quoted in messages are cut here, so one bad line cannot flood the report. */
const QUOTE_LIMIT = 80;
/** A value quoted for a message, cut to a readable length. @example quote('x'.repeat(200)) // 'xxx… (200 characters)' */
export function quote(value: string, limit = QUOTE_LIMIT): string {
  const chars = [...value];
  return chars.length <= limit ? value : `${chars.slice(0, limit).join('')}… (${chars.length} characters)`;
}

const textOf = (node: TreeNode): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * Parses a body as MDX and applies the rule. A text that MDX cannot parse is one finding (with the
 * parser's line and words), since nothing after the break can be read reliably.
 */
export function readBody(body: string, components: Readonly<Record<string, EditorComponentSpec>> = portalComponents): ReadBody {
  const result: ReadBody = { findings: [], links: [], images: [], components: [] };
  let tree: TreeNode;
  try {
    tree = mdxToMdast(body, { features: { gfm: true } }) as TreeNode;
  } catch (error) {
    const message = (error as Error).message;
    const [, line = '1', , words = message] = /^(\d+):(\d+): ([\s\S]*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/.exec(message) ?? [];
    result.findings.push({
      line: Number(line),
      title: 'The text cannot be read as MDX',
      detail: quote(words, 200),
      fix: 'Close every tag (`<abbr title="…">…</abbr>`, `<br />`), and write a literal `<`, `{` or `}` as `\\<`, `\\{`, `\\}`.',
    });
    return result;
  }
  walk(tree, components, result);
  return result;
}

function walk(node: TreeNode, components: Readonly<Record<string, EditorComponentSpec>>, out: ReadBody): void {
  const line = node.position?.start.line ?? 1;
  const find = (finding: Omit<BodyFinding, 'line'>) => out.findings.push({ line, ...finding });
  switch (node.type) {
    case 'mdxjsEsm':
      find({
        title: '`import` or `export` in the text',
        detail: 'Content is data: an import would read files of the build machine, an export would run code.',
        fix: 'Remove the line. Images are written `![alt text](./file.jpg)`; the portal’s components need no import.',
      });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      find({
        title: `\`{${quote(node.value ?? '', 40)}}\` in the text`,
        detail: 'Curly braces run code when the page is built (they could publish secrets of the build machine).',
        fix: 'Remove the braces, or write them as `\\{` and `\\}` to show them as text. A comment is written in the commit message, not in the text.',
      });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, line, components, out);
      break;
    case 'html':
      find({ title: 'Raw HTML in the text', fix: 'Write the text in Markdown, or use an allowed element written as MDX.' });
      return;
    case 'link':
    case 'definition':
      checkAddress(node.url ?? '', line, out, false);
      if (node.type === 'link') out.links.push({ line, href: node.url ?? '', label: textOf(node) });
      break;
    case 'image':
      if (checkAddress(node.url ?? '', line, out, true)) out.images.push({ line, src: node.url ?? '', alt: node.alt ?? '' });
      break;
  }
  for (const child of node.children ?? []) walk(child, components, out);
}

/** The URL rule; true when the address may be used. */
function checkAddress(url: string, line: number, out: ReadBody, isImage: boolean): boolean {
  const verdict = checkUrl(url, { allowRelative: isImage });
  if (verdict.ok) return true;
  out.findings.push({
    line,
    title: `${isImage ? 'Image' : 'Link'} address \`${quote(url)}\` is not allowed`,
    detail: `Because ${verdict.reason}.`,
    fix: isImage
      ? 'Put the picture beside the text and write `![alt text](./file.jpg)`.'
      : 'Link to a page of the portal (`/en/…`) or to a public page (`https://…`); e-mail and phone as `mailto:` and `tel:`.',
  });
  return false;
}

function checkElement(node: TreeNode, line: number, components: Readonly<Record<string, EditorComponentSpec>>, out: ReadBody): void {
  const find = (finding: Omit<BodyFinding, 'line'>) => out.findings.push({ line, ...finding });
  const name = node.name;
  if (!name) {
    find({ title: 'An empty tag `<>` in the text', fix: 'Remove `<>` and `</>`: the text needs no wrapper.' });
    return;
  }
  if (/[.:]/.test(name)) {
    find({ title: `\`<${quote(name, 40)}>\` is not allowed`, fix: 'Use plain Markdown, or one of the portal’s components by its plain name.' });
    return;
  }
  // `<ScRiPt>` and `<P>` are HTML written in capitals, not components: judged as HTML.
  const lower = name.toLowerCase();
  const isHtml = !/^[A-Z]/.test(name) || lower in refusedElements || lower in allowedElements;
  const spec = isHtml ? undefined : components[name];
  const allowed = isHtml && name === lower ? allowedElements[lower] : undefined;
  if (!isHtml && !spec) {
    const names = Object.keys(components);
    find({
      title: `Unknown component \`<${quote(name, 40)}>\``,
      fix: names.length
        ? `Use one of the portal’s components: ${names.map((c) => `<${c}>`).join(', ')}, or plain Markdown.`
        : 'Write plain Markdown: the portal offers no component for entry texts yet.',
    });
    checkDangerousAttributes(node, name, find);
    return;
  }
  if (isHtml && !allowed) {
    const why = refusedElements[lower];
    find({
      title: `\`<${quote(name, 40)}>\` is not allowed in the text`,
      ...(why ? { detail: why } : {}),
      fix:
        lower in allowedElements
          ? `Write the tag in lower case: \`<${lower}>\`.`
          : 'Remove it and write the text in Markdown. Allowed HTML: abbr, sub, sup, span lang="…", q, cite, time, dl/dt/dd, details/summary, and the like (docs/content-model.md).',
    });
    checkDangerousAttributes(node, name, find);
    return;
  }
  const literalProps: Record<string, string | true> = {};
  for (const attribute of node.attributes ?? []) {
    if (dangerousAttribute(attribute, name, find)) continue;
    const attr = attribute.name!;
    const value = (attribute.value as string | null | undefined) ?? true;
    literalProps[attr] = value;
    if (allowed && !(globalAttributes as readonly string[]).includes(attr) && !allowed.includes(attr)) {
      find({
        title: `Attribute \`${quote(attr, 40)}\` is not allowed on \`<${name}>\``,
        fix: `Remove it. \`<${name}>\` takes ${[...globalAttributes, ...allowed].map((a) => `\`${a}\``).join(', ')}.`,
      });
      continue;
    }
    if ((urlAttributes as readonly string[]).includes(attr) && typeof value === 'string') {
      if (checkAddress(value, line, out, false) && name === 'a' && attr === 'href') {
        out.links.push({ line, href: value, label: textOf(node) });
      }
    }
  }
  if (spec) {
    const parsed = spec.props.safeParse(literalProps);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        find({ title: `\`<${name}>\`: ${issue.path.join('.') || 'props'} ${issue.message}`, fix: `See docs/content-model.md: ${spec.purpose}` });
      }
    } else {
      const refers = spec.refers?.(parsed.data as Record<string, string>) ?? {};
      out.components.push({ line, name, pictures: refers.pictures ?? [], videos: refers.videos ?? [] });
    }
    if (!spec.children && (node.children ?? []).length > 0) {
      find({ title: `\`<${name}>\` takes no text between its tags`, fix: `Write it as \`<${name} … />\`.` });
    }
  }
}

type Find = (finding: Omit<BodyFinding, 'line'>) => void;

/** The attributes of a refused element that are worth naming too: they would run code. */
function checkDangerousAttributes(node: TreeNode, name: string, find: Find): void {
  for (const attribute of node.attributes ?? []) dangerousAttribute(attribute, name, find);
}

/**
 * Reports an attribute that runs code or writes raw HTML (spread, event handler, directive,
 * expression value); true when it did, so that the attribute is not looked at further.
 */
function dangerousAttribute(attribute: Attribute, name: string, find: Find): boolean {
  if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
    find({
      title: `\`{…}\` in the attributes of \`<${name}>\``,
      detail: 'Spread attributes run code when the page is built.',
      fix: 'Write each attribute as name="value".',
    });
    return true;
  }
  const attr = attribute.name;
  if (/^on/i.test(attr)) {
    find({
      title: `Event handler \`${quote(attr, 40)}\` on \`<${name}>\``,
      detail: 'An event handler runs JavaScript in the reader’s browser.',
      fix: 'Remove the attribute.',
    });
    return true;
  }
  if (attr.includes(':')) {
    find({
      title: `Directive \`${quote(attr, 40)}\` on \`<${name}>\``,
      detail: 'Directives such as set:html write raw HTML or change how the page is built.',
      fix: 'Remove the attribute and write the text itself.',
    });
    return true;
  }
  if (attribute.value !== null && typeof attribute.value === 'object') {
    find({
      title: `\`${attr}={…}\` on \`<${name}>\`: an expression, not a value`,
      detail: 'Curly braces run code when the page is built.',
      fix: `Write the value in quotes: ${attr}="…".`,
    });
    return true;
  }
  return false;
}
