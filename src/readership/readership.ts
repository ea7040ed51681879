import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import type { LogRecord } from './logLine';

/**
 * The readership of the portal from its access log, counted without cookies or identifiers: the
 * only traces are the shortened network, the browser's User-Agent, and the pages asked for.
 */

/** A visit ends after this long without a page view from the same network and browser. */
const VISIT_GAP_MINUTES = 30;

/** Requests from programs, not readers: search engines, link previews, monitors, scripts. */
const ROBOT =
  /bot\b|bot\/|crawl|spider|slurp|preview|facebookexternalhit|monitor|uptime|headless|lighthouse|curl\/|wget\/|python-|go-http|java\/|httpclient|scrapy|^-?$/i;

/** The search page's empty file that a search which found nothing asks for (src/client/search.ts). */
const NOTHING_FOUND_PATH = '/nothing-found.txt';

/** Paths nobody reads: scripts, styles, the search index, pictures, the Open Graph images. */
const ASSET = /^\/(?:_astro|pagefind|og)\/|\.(?:js|css|json|xml|txt|ics|csv|png|jpe?g|webp|avif|svg|ico|woff2?|webmanifest|map|gz|pf_\w+|pagefind)$/;

/** Requests for files the portal never had: probes for other software. Not worth a redirect. */
const PROBE =
  /\.(?:php\d?|aspx?|jsp|cgi|env|git|sql|bak|zip|tar|rar|7z|ini|conf|yml|yaml|ds_store)(?:$|\/)|\/(?:wp-|wordpress|phpmyadmin|cgi-bin|\.well-known\/(?!security))/i;

interface Count<K> {
  key: K;
  count: number;
}

export interface Readership {
  from?: Date;
  to?: Date;
  /** Lines read, lines not in the log format, requests by programs. */
  lines: number;
  unreadable: number;
  robotRequests: number;
  /** Visits and page views per language section (`''`: the language chooser at `/`). */
  languages: { locale: Locale | ''; visits: number; pageViews: number }[];
  /** Page views per page, per language, most read first. */
  pages: Map<Locale | '', Count<string>[]>;
  /** Searches that reached the server (a search without JavaScript, a shared link), per language and words. */
  searches: Count<{ locale: Locale; query: string }>[];
  /** Searches that found nothing (reported by the search page), per language and words. */
  nothingFound: Count<{ locale: Locale; query: string }>[];
  /** Page views that came from another site, per site. */
  referrers: Count<string>[];
  /** Addresses of the portal that answered 404 to readers, most asked first. */
  notFound: Count<string>[];
}

const sortCounts = <K>(map: Map<string, { key: K; count: number }>): Count<K>[] =>
  [...map.values()].sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));

const bump = <K>(map: Map<string, { key: K; count: number }>, id: string, key: K) => {
  const entry = map.get(id) ?? { key, count: 0 };
  entry.count++;
  map.set(id, entry);
};

/** The language section of a path: its first segment when it is a locale, `''` for the chooser. */
function sectionOf(path: string): Locale | '' | undefined {
  if (path === '/' || path === '/index.html') return '';
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** A page a reader reads (HTML), as opposed to what the page loads. */
const isPage = (path: string) => !ASSET.test(path) && (path.endsWith('/') || path.endsWith('.html'));

/** A search query as people typed it, with case and spacing made even. */
const normalizeQuery = (q: string) => q.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Counts the readership of `records` (in any order). `ownOrigins` are the portal's own addresses,
 * whose referrers are moves inside the portal, not arrivals from another site.
 */
export function countReadership(records: Iterable<LogRecord>, { ownOrigins = [] as string[], unreadable = 0 } = {}): Readership {
  const views: { record: LogRecord; section: Locale | '' }[] = [];
  const pages = new Map<Locale | '', Map<string, Count<string>>>();
  const searches = new Map<string, Count<{ locale: Locale; query: string }>>();
  const nothingFound = new Map<string, Count<{ locale: Locale; query: string }>>();
  const referrers = new Map<string, Count<string>>();
  const notFound = new Map<string, Count<string>>();
  const own = new Set(ownOrigins.map((o) => new URL(o).origin));
  let lines = unreadable;
  let robotRequests = 0;
  let from: Date | undefined;
  let to: Date | undefined;

  for (const record of records) {
    lines++;
    if (!from || record.time < from) from = record.time;
    if (!to || record.time > to) to = record.time;
    if (ROBOT.test(record.userAgent)) {
      robotRequests++;
      continue;
    }
    if (record.method !== 'GET') continue;
    if (record.path === NOTHING_FOUND_PATH) {
      const locale = record.query.get('lang') ?? '';
      const query = normalizeQuery(record.query.get('q') ?? '');
      if (isLocale(locale) && query) bump(nothingFound, `${locale}\u0000${query}`, { locale, query });
      continue;
    }
    if (record.status === 404) {
      if (!PROBE.test(record.path) && !ASSET.test(record.path)) bump(notFound, record.path, record.path);
      continue;
    }
    if ((record.status !== 200 && record.status !== 304) || !isPage(record.path)) continue;
    const section = sectionOf(record.path);
    if (section === undefined) continue;
    views.push({ record, section });
    const byPage = pages.get(section) ?? new Map<string, Count<string>>();
    pages.set(section, byPage);
    bump(byPage, record.path, record.path);
    if (section && /^\/[^/]+\/search\/$/.test(record.path)) {
      const query = normalizeQuery(record.query.get('q') ?? '');
      if (query) bump(searches, `${section}\u0000${query}`, { locale: section, query });
    }
    if (record.referrer) {
      const origin = URL.canParse(record.referrer) ? new URL(record.referrer).origin : '';
      if (origin && origin !== 'null' && !own.has(origin)) bump(referrers, origin, origin);
    }
  }

  // Visits: page views of one network and browser, with no gap of more than VISIT_GAP_MINUTES.
  const visitsBySection = new Map<Locale | '', number>();
  const lastSeen = new Map<string, { time: number; sections: Set<Locale | ''> }>();
  for (const { record, section } of views.sort((a, b) => a.record.time.getTime() - b.record.time.getTime())) {
    const reader = `${record.network}\u0000${record.userAgent}`;
    const time = record.time.getTime();
    let visit = lastSeen.get(reader);
    if (!visit || time - visit.time > VISIT_GAP_MINUTES * 60_000) {
      visit = { time, sections: new Set() };
    }
    visit.time = time;
    if (!visit.sections.has(section)) {
      visit.sections.add(section);
      visitsBySection.set(section, (visitsBySection.get(section) ?? 0) + 1);
    }
    lastSeen.set(reader, visit);
  }

  const sections: (Locale | '')[] = [...localeCodes, ''];
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    lines,
    unreadable,
    robotRequests,
    languages: sections
      .map((locale) => ({
        locale,
        visits: visitsBySection.get(locale) ?? 0,
        pageViews: [...(pages.get(locale)?.values() ?? [])].reduce((n, c) => n + c.count, 0),
      }))
      .filter((row) => row.locale !== '' || row.pageViews > 0),
    pages: new Map([...pages].map(([section, map]) => [section, sortCounts(map)])),
    searches: sortCounts(searches),
    nothingFound: sortCounts(nothingFound),
    referrers: sortCounts(referrers),
    notFound: sortCounts(notFound),
  };
}
