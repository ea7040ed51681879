/**
 * The HTML an entry body may contain besides Markdown: text-level and structural elements, and the
 * few attributes each needs. One list for both walls: the content rule that refuses anything else
 * (bodyPolicy.ts) and the sanitiser of the rendered HTML (sanitizeEntryHtml.ts). No element that
 * runs, loads, embeds, submits or styles anything; images come from Markdown (`![alt](./file.jpg)`).
 */

/** Attributes allowed on every allowed element: the language of a phrase, its direction, a tooltip. */
export const globalAttributes = ['lang', 'dir', 'title'] as const;

/** Allowed elements, with the attributes each takes beyond the global ones. */
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  wbr: [],
};

/** Attributes whose value is an address, checked with the URL rule (src/util/safeUrl.ts). */
export const urlAttributes = ['href', 'cite', 'src'] as const;

/** Why a well-known element is refused, in an editor's words (anything else not allowed: "not allowed"). */
export const refusedElements: Readonly<Record<string, string>> = {
  script: 'A script would run on the portal’s pages.',
  style: 'Styles in content could hide text or imitate the portal’s own notices.',
  iframe: 'A frame loads another website into the page.',
  frame: 'A frame loads another website into the page.',
  frameset: 'A frame loads another website into the page.',
  object: 'An embedded object can run code.',
  embed: 'An embedded object can run code.',
  applet: 'An embedded object can run code.',
  form: 'A form could send readers’ input elsewhere.',
  input: 'Form fields have no place in an article.',
  button: 'Form fields have no place in an article.',
  select: 'Form fields have no place in an article.',
  textarea: 'Form fields have no place in an article.',
  meta: 'A meta tag can send readers to another site or change how the page is read.',
  base: 'A base tag changes where every link on the page leads.',
  link: 'A link tag loads files from elsewhere.',
  svg: 'SVG can carry scripts; pictures are raster files beside the entry.',
  math: 'MathML can hide active content.',
  template: 'Templates hide markup from checks.',
  noscript: 'Hidden fallback markup has no place in an article.',
  img: 'Images are written in Markdown so the portal can make their small versions and check their alt text.',
  picture: 'Images are written in Markdown so the portal can make their small versions and check their alt text.',
  source: 'Images are written in Markdown so the portal can make their small versions and check their alt text.',
  video: 'Videos are shown by the portal’s own player, which loads nothing before the reader asks.',
  audio: 'Audio is not embedded in content.',
  canvas: 'A canvas only works with scripts.',
  html: 'The page around the text is the portal’s.',
  head: 'The page around the text is the portal’s.',
  body: 'The page around the text is the portal’s.',
  title: 'The title is the `title` field of the frontmatter.',
  h1: 'The title is the page’s only level-1 heading: start headings at `##`.',
};
