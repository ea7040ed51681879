import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { fallbackOrder, localeName, type Locale } from '../i18n/locales';
import type { Readership } from './readership';

/** How many rows the tables of most read pages and searches show per language. */
const TOP = 20;
/** A missing address asked this often is worth a redirect (`redirectFrom` or nginx). */
const REDIRECT_THRESHOLD = 2;

/** The pages of a build: their paths, and the title of each (its h1), read when first asked. */
export interface BuiltPages {
  has(path: string): boolean;
  titleOf(path: string): string | undefined;
  /** A page of the build a missing address most likely meant, if one stands out. */
  suggestionFor(path: string): string | undefined;
}

/** The pages of `distDir` (empty when there is no build: titles and suggestions are then left out). */
export function builtPages(distDir: string): BuiltPages {
  const paths = new Set<string>();
  if (existsSync(distDir)) {
    for (const file of readdirSync(distDir, { recursive: true }) as string[]) {
      if (file.endsWith('index.html')) paths.add(`/${file.slice(0, -'index.html'.length).split('\\').join('/')}`);
    }
  }
  const titles = new Map<string, string | undefined>();
  const textOf = (node: ElementContent | Root): string =>
    node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
  const findH1 = (node: Root | Element): Element | undefined => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'h1') return child;
      const found = findH1(child);
      if (found) return found;
    }
    return undefined;
  };
  return {
    has: (path) => paths.has(path),
    titleOf(path) {
      if (!paths.has(path)) return undefined;
      if (!titles.has(path)) {
        const tree = htmlToHast(readFileSync(join(distDir, path, 'index.html'), 'utf8')) as Root;
        const h1 = findH1(tree);
        titles.set(path, h1 ? textOf(h1).replace(/\s+/g, ' ').trim() : undefined);
      }
      return titles.get(path);
    },
    suggestionFor(path) {
      const withSlash = path.endsWith('/') ? path : `${path}/`;
      const prefixed = `/${fallbackOrder[0]}${withSlash}`;
      if (paths.has(prefixed)) return prefixed;
      const segments = withSlash.split('/').filter(Boolean);
      const slug = segments[segments.length - 1];
      if (!slug) return undefined;
      const locale = segments[0];
      const sameSlug = [...paths].filter((p) => p.endsWith(`/${slug}/`) && p !== withSlash);
      const inLanguage = sameSlug.filter((p) => p.startsWith(`/${locale}/`));
      if (inLanguage.length === 1) return inLanguage[0];
      return sameSlug.length === 1 ? sameSlug[0] : undefined;
    },
  };
}

const sectionName = (locale: Locale | '') => (locale ? `${localeName(locale)} (/${locale}/)` : 'Language chooser (/)');
const day = (date?: Date) => date?.toISOString().slice(0, 10) ?? '';

/** One row of the CSV: which table, which language, what, its title where known, how many. */
type CsvRow = [table: string, language: string, item: string, title: string, count: number];

/** Every table of the report as rows, in the order of the HTML report. */
function rows(r: Readership, pages: BuiltPages): CsvRow[] {
  const out: CsvRow[] = [];
  for (const row of r.languages) {
    out.push(['visits', row.locale, '', '', row.visits]);
    out.push(['page views', row.locale, '', '', row.pageViews]);
  }
  for (const [locale, list] of r.pages) for (const p of list.slice(0, TOP)) out.push(['most read', locale, p.key, pages.titleOf(p.key) ?? '', p.count]);
  for (const s of r.nothingFound) out.push(['searches that found nothing', s.key.locale, s.key.query, '', s.count]);
  for (const s of r.searches) out.push(['searches', s.key.locale, s.key.query, '', s.count]);
  for (const s of r.referrers) out.push(['referrers', '', s.key, '', s.count]);
  for (const s of r.notFound.filter((n) => n.count >= REDIRECT_THRESHOLD)) out.push(['not found', '', s.key, pages.suggestionFor(s.key) ?? '', s.count]);
  return out;
}

/** The report as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the accents). */
export function readershipCsv(r: Readership, pages: BuiltPages): string {
  const cell = (value: string | number) => (/[",\n\r]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));
  const header = ['table', 'language', 'item', 'title or suggested address', 'count'];
  return `\uFEFF${[header, ...rows(r, pages)].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

const el = (tagName: string, children: (ElementContent | string)[] = [], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});

function table(caption: string, head: string[], body: (string | number)[][], empty: string): Element[] {
  if (body.length === 0) return [el('h2', [caption]), el('p', [empty])];
  return [
    el('h2', [caption]),
    el('table', [
      el('thead', [
        el(
          'tr',
          head.map((h, i) => el('th', [h], { scope: 'col', ...(typeof body[0]![i] === 'number' ? { className: ['n'] } : {}) })),
        ),
      ]),
      el(
        'tbody',
        body.map((row) =>
          el(
            'tr',
            row.map((value) => el('td', [String(value)], typeof value === 'number' ? { className: ['n'] } : {})),
          ),
        ),
      ),
    ]),
  ];
}

/** The report as one static HTML page: no script, no request, readable offline and printable. */
export function readershipHtml(r: Readership, pages: BuiltPages): string {
  const period = `${day(r.from)} – ${day(r.to)}`;
  const body: Element[] = [
    el('h1', [`Readership of the portal, ${period}`]),
    el('p', [
      `${r.lines} log lines; ${r.robotRequests} requests by programs (search engines, previews, monitors) left out; ${r.unreadable} lines not in the portal's log format. ` +
        'A visit is the page views of one network and browser with no pause of more than 30 minutes: an estimate, since the portal stores no identifier.',
    ]),
    ...table(
      'Visits and page views per language section',
      ['Section', 'Visits', 'Page views'],
      r.languages.map((l) => [sectionName(l.locale), l.visits, l.pageViews]),
      'No page views.',
    ),
    ...[...r.pages].flatMap(([locale, list]) =>
      table(
        `Most read in ${sectionName(locale)}`,
        ['Page', 'Address', 'Views'],
        list.slice(0, TOP).map((p) => [pages.titleOf(p.key) ?? '', p.key, p.count]),
        '',
      ),
    ),
    ...table(
      'Searches that found nothing',
      ['Language', 'Words', 'Times'],
      r.nothingFound.slice(0, TOP * 5).map((s) => [s.key.locale, s.key.query, s.count]),
      'None recorded.',
    ),
    ...table(
      'Searches that reached the server (without JavaScript, or a shared link)',
      ['Language', 'Words', 'Times'],
      r.searches.slice(0, TOP * 5).map((s) => [s.key.locale, s.key.query, s.count]),
      'None.',
    ),
    ...table(
      'Arrivals from other sites',
      ['Site', 'Page views'],
      r.referrers.slice(0, TOP * 2).map((s) => [s.key, s.count]),
      'None.',
    ),
    ...table(
      `Missing addresses asked ${REDIRECT_THRESHOLD} times or more (candidates for a redirect)`,
      ['Address', 'Times', 'Page it probably meant'],
      r.notFound.filter((n) => n.count >= REDIRECT_THRESHOLD).map((n) => [n.key, n.count, pages.suggestionFor(n.key) ?? '']),
      'None.',
    ),
  ];
  const style =
    'body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
    'table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}' +
    'td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}h2{margin-top:2rem;font-size:1.2rem}';
  const doc: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      el('html', [el('head', [el('meta', [], { charSet: 'utf-8' }), el('title', [`Readership ${period}`]), el('style', [style])]), el('body', body)], {
        lang: 'en',
      }),
    ],
  };
  return toHtml(doc);
}
