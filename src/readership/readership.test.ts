import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './logLine';
import { countReadership } from './readership';
import { builtPages } from './reportFiles';

const root = join(import.meta.dirname, '..', '..');
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** A log line as deploy/nginx/log-format.conf writes it, on 7 December 2026 in Vietnam's time. */
function line(network: string, time: string, request: string, status: number, { referrer = '-', agent = firefox } = {}): string {
  return `${network} - - [07/Dec/2026:${time} +0700] "${request} HTTP/1.1" ${status} 1234 "${referrer}" "${agent}"`;
}

/** A generated log whose every count is known (see each line's comment). */
const log = [
  // Reader A: a visit reading French then English, then a second French visit after a pause.
  line('203.0.113.0', '10:00:00', 'GET /fr/', 200),
  line('203.0.113.0', '10:00:01', 'GET /_astro/page.abc123.js', 200),
  line('203.0.113.0', '10:05:00', 'GET /fr/history/yen-bai-uprising-1930/', 200),
  line('203.0.113.0', '10:10:00', 'GET /en/', 304),
  line('203.0.113.0', '12:00:00', 'GET /fr/', 200),
  // Reader B (another browser on the same network): a visit of its own, from a search engine.
  line('203.0.113.0', '10:01:00', 'GET /fr/history/yen-bai-uprising-1930/', 200, { agent: chrome, referrer: 'https://www.google.com/' }),
  // Reader C, from IPv6, arriving from a partner's site, then moving inside the portal.
  line('2001:db8:abcd::', '11:00:00', 'GET /ja/', 200, { agent: chrome, referrer: 'https://www.val-de-marne.fr/' }),
  line('2001:db8:abcd::', '11:01:00', 'GET /ja/history/yen-bai-uprising-1930/', 200, { agent: chrome, referrer: 'https://portal.example.gov.vn/ja/' }),
  // Searches: two with the same words (case and spaces differ), one that found nothing.
  line('198.51.100.0', '09:00:00', 'GET /fr/search/?q=Th%C3%A9%20vert', 200),
  line('198.51.100.0', '09:00:30', 'GET /fr/search/?q=th%C3%A9++vert', 200),
  line('198.51.100.0', '09:01:00', 'GET /nothing-found.txt?lang=fr&q=zanzibar', 200),
  // Missing addresses: an old address asked three times, a mistyped one twice, probes five times.
  line('198.51.100.0', '09:02:00', 'GET /history/yen-bai-uprising-1930/', 404),
  line('198.51.100.0', '09:03:00', 'GET /history/yen-bai-uprising-1930/', 404),
  line('192.0.2.0', '09:04:00', 'GET /history/yen-bai-uprising-1930/', 404),
  line('192.0.2.0', '09:05:00', 'GET /fr/histoire/yen-bai-uprising-1930/', 404),
  line('192.0.2.0', '09:06:00', 'GET /fr/histoire/yen-bai-uprising-1930/', 404),
  ...Array.from({ length: 5 }, (_, i) => line('192.0.2.0', `09:07:0${i}`, 'GET /wp-login.php', 404)),
  // A search engine's robot: never a reader.
  ...Array.from({ length: 3 }, (_, i) => line('66.249.66.0', `08:00:0${i}`, 'GET /vi/', 200, { agent: googlebot })),
  // Not a page view: a form post, a redirect.
  line('192.0.2.0', '09:08:00', 'POST /fr/', 405),
  line('192.0.2.0', '09:09:00', 'GET /fr/history', 301),
];

/** A small build: the pages the report names and suggests. */
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'portal-report-dist-'));
  const page = (path: string, title: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html><head><title>x</title></head><body><main><h1>${title}</h1></main></body></html>`);
  };
  page('fr', 'Portail d’information');
  page('fr/history/yen-bai-uprising-1930', 'Le soulèvement de Yên Bái en 1930');
  page('en/history/yen-bai-uprising-1930', 'The Yên Bái uprising of 1930');
  page('ja', 'イエンバイ');
  return dist;
}

describe('a line of the portal’s access log', () => {
  it('is read into its fields, with the time in UTC', () => {
    const record = parseLogLine(line('2001:db8:abcd::', '11:00:00', 'GET /fr/search/?q=th%C3%A9', 200, { referrer: 'https://example.org/' }))!;
    expect(record).toMatchObject({
      network: '2001:db8:abcd::',
      method: 'GET',
      path: '/fr/search/',
      status: 200,
      bytes: 1234,
      referrer: 'https://example.org/',
    });
    expect(record.query.get('q')).toBe('thé');
    expect(record.time.toISOString()).toBe('2026-12-07T04:00:00.000Z');
  });

  it('is refused when it is not in the format, rather than guessed', () => {
    expect(parseLogLine('garbage')).toBeUndefined();
    expect(parseLogLine('203.0.113.0 - - [07/Dec/2026:10:00:00 +0700] "GET /fr/ HTTP/1.1" 200')).toBeUndefined();
  });
});

describe('the readership counted from a generated log', () => {
  const readership = countReadership(
    log.map((l) => parseLogLine(l)!),
    { ownOrigins: ['https://portal.example.gov.vn'] },
  );

  it('counts visits and page views per language section, without robots', () => {
    expect(readership.lines).toBe(log.length);
    expect(readership.robotRequests).toBe(3);
    const byLocale = Object.fromEntries(readership.languages.map((l) => [l.locale, [l.visits, l.pageViews]]));
    // fr: A's two visits and B's, plus the two search page views (one visit); en: A; ja: C.
    expect(byLocale).toMatchObject({ fr: [4, 6], en: [1, 1], ja: [1, 2], vi: [0, 0] });
  });

  it('ranks the most read pages of each language (ties in the order of their addresses)', () => {
    expect(readership.pages.get('fr')!.slice(0, 3)).toEqual([
      { key: '/fr/', count: 2 },
      { key: '/fr/history/yen-bai-uprising-1930/', count: 2 },
      { key: '/fr/search/', count: 2 },
    ]);
  });

  it('counts searches by their words, and those the search page reported as finding nothing', () => {
    expect(readership.searches).toEqual([{ key: { locale: 'fr', query: 'thé vert' }, count: 2 }]);
    expect(readership.nothingFound).toEqual([{ key: { locale: 'fr', query: 'zanzibar' }, count: 1 }]);
  });

  it('counts arrivals from other sites, not moves inside the portal', () => {
    expect(readership.referrers).toEqual([
      { key: 'https://www.google.com', count: 1 },
      { key: 'https://www.val-de-marne.fr', count: 1 },
    ]);
  });

  it('lists missing addresses of the portal, not probes for other software', () => {
    expect(readership.notFound).toEqual([
      { key: '/history/yen-bai-uprising-1930/', count: 3 },
      { key: '/fr/histoire/yen-bai-uprising-1930/', count: 2 },
    ]);
  });

  it('suggests the page a missing address most likely meant', () => {
    const pages = builtPages(fakeDist());
    expect(pages.suggestionFor('/history/yen-bai-uprising-1930/')).toBe('/en/history/yen-bai-uprising-1930/');
    expect(pages.suggestionFor('/fr/histoire/yen-bai-uprising-1930/')).toBe('/fr/history/yen-bai-uprising-1930/');
    expect(pages.suggestionFor('/fr/nowhere/')).toBeUndefined();
  });
});

describe('npm run report', () => {
  it('writes a static HTML report and a CSV with the same counts, page titles from the build, from plain and rotated logs', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'portal-report-'));
    const half = Math.floor(log.length / 2);
    writeFileSync(join(temp, 'access.log'), `${log.slice(0, half).join('\n')}\nnot a log line\n`);
    writeFileSync(join(temp, 'access.log.2.gz'), gzipSync(`${log.slice(half).join('\n')}\n`));
    const out = join(temp, 'report');
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'scripts', 'report.ts'),
        join(temp, 'access.log'),
        join(temp, 'access.log.2.gz'),
        '--out',
        out,
        '--dist',
        fakeDist(),
        '--site',
        'https://portal.example.gov.vn',
      ],
      { cwd: root },
    );
    expect(stdout).toContain(`${log.length + 1} lines`);
    expect(stderr).toContain('1 lines were not in the portal');
    const csv = readFileSync(join(out, 'report.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFtable,language,item,title or suggested address,count\r\n')).toBe(true);
    expect(csv).toContain('visits,fr,,,4\r\n');
    expect(csv).toContain('page views,ja,,,2\r\n');
    expect(csv).toContain('most read,fr,/fr/history/yen-bai-uprising-1930/,Le soulèvement de Yên Bái en 1930,2\r\n');
    expect(csv).toContain('searches that found nothing,fr,zanzibar,,1\r\n');
    expect(csv).toContain('not found,,/history/yen-bai-uprising-1930/,/en/history/yen-bai-uprising-1930/,3\r\n');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('<td>Le soulèvement de Yên Bái en 1930</td>');
    expect(html).not.toMatch(/<script|<link|src="/);
  });
});
