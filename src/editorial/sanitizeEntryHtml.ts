import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';
import { checkUrl } from '../util/safeUrl';
import { allowedElements, globalAttributes } from './htmlAllowlist';

/** hast property names of HTML attributes (`colspan` → `colSpan`). */
const propertyName: Record<string, string> = { colspan: 'colSpan', rowspan: 'rowSpan', datetime: 'dateTime', hreflang: 'hrefLang' };
const toProperty = (attribute: string) => propertyName[attribute] ?? attribute;

/**
 * The second wall: the rendered HTML of an entry body goes through a maintained sanitiser with
 * the allowlist of the first (htmlAllowlist.ts), plus exactly what the portal's own pipeline adds
 * around it: responsive pictures and their credits (ProseImage, PictureCredit), the editor
 * components (Gallery, VideoReport: src/components/media/), heading anchors, footnotes, task-list boxes
 * and rel on outgoing links. Whatever a future gap in the content rule lets through is dropped
 * here. Classes are allowed by name, so none of the portal's notices can be imitated.
 */
const schema: Schema = {
  tagNames: [...Object.keys(allowedElements), 'figure', 'figcaption', 'picture', 'source', 'img', 'section', 'input', 'video', 'track'],
  attributes: {
    '*': [...globalAttributes],
    ...Object.fromEntries(Object.entries(allowedElements).map(([tag, attributes]) => [tag, attributes.map(toProperty)])),
    a: [
      'href',
      'hrefLang',
      ['rel', 'noopener', 'external', 'license'],
      ['id', /^user-content-fnref-/],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref', 'gallery-link', 'video-play', 'video-link'],
    ],
    h2: ['id', ['className', 'sr-only']],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    li: ['value', ['id', /^user-content-fn-/], ['className', 'task-list-item']],
    ul: [['className', 'contains-task-list', 'gallery-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    figure: [['className', 'prose-figure', 'gallery', 'gallery-item', 'video-figure']],
    span: [
      ['className', 'visually-hidden', 'video-panel', 'video-play-label', 'video-title', 'video-meta', 'video-privacy'],
      ['ariaHidden', 'true'],
    ],
    small: [['className', 'picture-credit']],
    source: ['srcSet', 'src', 'type', 'sizes', 'width', 'height', 'media'],
    video: [['className', 'video-file'], 'controls', ['preload', 'none'], 'poster', 'width', 'height'],
    track: [['kind', 'captions'], 'srcLang', 'label', 'src', 'default'],
    img: ['src', 'srcSet', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
  },
  // A hosted video never fetches itself before play, whatever the text says.
  required: { input: { type: 'checkbox', disabled: true }, video: { preload: 'none', controls: true } },
  ancestors: { source: ['picture', 'video'], img: ['picture'], input: ['li'], track: ['video'] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'], src: ['http', 'https'] },
  // Ids are allowed only where the pipeline makes them (headings, footnotes), so nothing to rename.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'textarea', 'select'],
  allowComments: false,
  allowDoctypes: false,
};

/** Drops any address the URL rule refuses (the sanitiser's protocol list does not decode tricks). */
function dropUnsafeAddresses(node: Root | RootContent): void {
  if (node.type === 'element') {
    const element = node as Element;
    for (const key of ['href', 'src', 'cite', 'poster'] as const) {
      const value = element.properties[key];
      if (typeof value === 'string' && !checkUrl(value, { allowRelative: key === 'src' || key === 'poster' }).ok) delete element.properties[key];
    }
    if (typeof element.properties.srcSet === 'string' || Array.isArray(element.properties.srcSet)) {
      const candidates = String(element.properties.srcSet)
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0] ?? '');
      if (candidates.some((url) => !checkUrl(url, { allowRelative: true }).ok)) delete element.properties.srcSet;
    }
  }
  if ('children' in node) for (const child of node.children) dropUnsafeAddresses(child);
}

/**
 * The HTML of an entry body, made safe.
 * @example sanitizeEntryHtml('<p onclick="x">Hi <script>y</script></p>') // '<p>Hi </p>'
 */
export function sanitizeEntryHtml(html: string): string {
  const tree = sanitize(htmlToHast(html, { fragment: true }) as Root, schema) as Root;
  dropUnsafeAddresses(tree);
  return toHtml(tree);
}
