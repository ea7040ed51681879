/**
 * deploy/nginx/portal.conf under a real nginx: the built dist/ served on 127.0.0.1 exactly as the
 * province's server serves it (caching, compression, security headers, per-language 404 pages,
 * redirects of renamed entries, content types). nginx runs as the current user with everything
 * (pid, logs, temp files) in a temp directory; `.ci/run` installs Debian's nginx when missing.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes, localeToLang } from '../../src/i18n/locales';
import { frameOrigins } from '../../src/lib/videoHosts';
import { precompress } from '../../scripts/precompress';
import { cmsBackendFromEnv } from '../../src/config/cmsBackend';
import { adminPolicy } from '../../src/integrations/adminEditor';
import { assertBuilt, distDir } from '../support/dist';
import { startPortalNginx, type PortalNginx } from '../support/nginx';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

const securityHeaders = {
  'strict-transport-security': /^max-age=31536000; includeSubDomains$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\).*(interest-cohort|browsing-topics)=\(\)/,
  'x-frame-options': /^DENY$/,
  // Scripts only from the portal's own files, no site may frame it: on every response.
  'content-security-policy': /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; .*object-src 'none'; .*frame-ancestors 'none'$/,
};
const immutable = 'public, max-age=31536000, immutable';

const temp = mkdtempSync(join(tmpdir(), 'portal-nginx-roots-'));
// A second web root: a copy of dist/404.html and its .gz (gzip_static), and a planted symlink.
const secondRoot = join(temp, 'second');
let server: PortalNginx | undefined;
let base = '';
let secondBase = '';

function get(path: string, init: RequestInit = {}, at = base): Promise<Response> {
  return fetch(`${at}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(5000), ...init });
}

/** The sources one directive of a CSP allows, sorted. */
const directive = (csp: string | null, name: string) =>
  (csp ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1)
    .sort();

function expectSecurityHeaders(response: Response, what: string): void {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(response.headers.get(name), `${name} on ${what}`).toMatch(value);
  }
  const csp = response.headers.get('content-security-policy');
  expect(csp, `CSP on ${what}`).not.toMatch(/script-src[^;]*unsafe-inline/);
  // Frames only from the video hosts' privacy-enhanced players, exactly those the portal embeds.
  expect(directive(csp, 'frame-src'), `frame-src on ${what}`).toEqual([...frameOrigins].sort());
}

function expectShortCache(response: Response, what: string): void {
  const cache = response.headers.get('cache-control') ?? '';
  expect(cache, `Cache-Control of ${what}`).toMatch(/no-cache|max-age=([0-9]{1,3})\b/);
  expect(cache, `Cache-Control of ${what}`).not.toContain('immutable');
  const maxAge = /max-age=(\d+)/.exec(cache)?.[1];
  if (maxAge) expect(Number(maxAge), `max-age of ${what}`).toBeLessThanOrEqual(600);
}

const available = inject('nginxAvailable');

beforeAll(async () => {
  if (!available) return;
  assertBuilt();
  mkdirSync(secondRoot, { recursive: true });
  copyFileSync(join(distDir, '404.html'), join(secondRoot, '404.html'));
  precompress(secondRoot);
  symlinkSync('/etc/hostname', join(secondRoot, 'planted-link.txt'));
  server = await startPortalNginx({ roots: [distDir, secondRoot], redirectsFrom: 'tests/fixtures/content/publishing' });
  [base, secondBase] = server.bases as [string, string];
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(temp, { recursive: true, force: true });
});

describe.runIf(available)('nginx serving dist/ with deploy/nginx/portal.conf', () => {
  it('accepts the configuration without a warning', () => {
    expect(server!.configTest).toMatch(/test is successful/);
    expect(server!.configTest).not.toMatch(/\[(warn|emerg|crit)\]/);
  });

  it('serves the home page of every language as HTML, briefly cached, with every security header', async () => {
    for (const locale of localeCodes) {
      const response = await get(`/${locale}/`);
      const what = `/${locale}/`;
      expect(response.status, what).toBe(200);
      expect(response.headers.get('content-type'), what).toBe('text/html; charset=utf-8');
      expect(await response.text(), what).toContain(`<html lang="${localeToLang(locale)}"`);
      expectShortCache(response, what);
      expectSecurityHeaders(response, what);
    }
  });

  it('serves a deep page, and sends a directory without its slash to the slashed address', async () => {
    const history = readdirSync(join(distDir, 'en', 'history'), { withFileTypes: true }).find((d) => d.isDirectory());
    expect(history, 'an article under dist/en/history/').toBeDefined();
    const page = await get(`/en/history/${history!.name}/`);
    expect(page.status).toBe(200);
    expectShortCache(page, 'an article');
    expectSecurityHeaders(page, 'an article');

    const bare = await get(`/en/history/${history!.name}`);
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(`/en/history/${history!.name}/`);
  });

  it('caches content-hashed assets under /_astro/ for a year, immutable', async () => {
    const assets = readdirSync(join(distDir, '_astro'));
    const css = assets.find((f) => f.endsWith('.css'));
    const js = assets.find((f) => f.endsWith('.js'));
    for (const [file, type] of [
      [css, 'text/css'],
      [js, 'application/javascript'],
    ] as const) {
      if (!file) continue;
      const response = await get(`/_astro/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toContain(type);
      expect(response.headers.get('cache-control'), file).toBe(immutable);
      expectSecurityHeaders(response, file);
    }
    expect(css ?? js, 'an asset in dist/_astro/').toBeDefined();
  });

  it('caches Pagefind’s hashed index files for good, its entry points briefly', async () => {
    const pagefind = join(distDir, 'pagefind');
    const meta = readdirSync(pagefind).find((f) => f.endsWith('.pf_meta'));
    const fragment = readdirSync(join(pagefind, 'fragment'))[0];
    for (const path of [`/pagefind/${meta}`, `/pagefind/fragment/${fragment}`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(immutable);
      // Pagefind's index files are gzip data already: not compressed a second time.
      expect(response.headers.get('content-encoding'), path).toBeNull();
    }
    for (const path of ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/sitemap.xml', '/robots.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectShortCache(response, path);
      expectSecurityHeaders(response, path);
    }
    expect((await get('/pagefind/pagefind-entry.json')).headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers a missing page under /fr/ with status 404 and the French 404 page', async () => {
    const response = await get('/fr/cette-page-n-existe-pas/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<html lang="fr"');
    const title = JSON.parse(readFileSync(join(root, 'src', 'i18n', 'ui', 'fr.json'), 'utf8'))['notFound.title'] as string;
    expect(html).toContain(`<title>${title}`);
    expectSecurityHeaders(response, 'the French 404');
  });

  it('answers a missing page in each language with that language’s 404 page', async () => {
    for (const locale of localeCodes) {
      const response = await get(`/${locale}/no/such/page/`);
      expect(response.status, locale).toBe(404);
      expect(await response.text(), locale).toBe(readFileSync(join(distDir, locale, '404', 'index.html'), 'utf8'));
    }
  });

  it('answers a missing path outside the languages with 404 and /404.html', async () => {
    for (const path of ['/no-such-page/', '/xx/whatever/', '/_astro/missing.js', '/pagefind/fragment/missing.pf_fragment', '/_not_found/en/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
      expectSecurityHeaders(response, path);
    }
  });

  it('redirects the old address of a renamed entry (fixture) with 301, in every language', async () => {
    const response = await get('/en/tourism/mu-cang-chai-rice-terraces/');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/tourism/mu-cang-chai-terraces/');
    expectSecurityHeaders(response, 'a redirect');

    expect(server!.redirects.length).toBe(localeCodes.length);
    for (const [from, to] of server!.redirects) {
      const each = await get(`${from}?utm_source=x`);
      expect(each.status, from).toBe(301);
      expect(each.headers.get('location'), from).toBe(`${to}?utm_source=x`);
    }
  });

  it('compresses HTML with gzip when asked, and only then', async () => {
    const zipped = await get('/en/', { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await zipped.text()).toContain('<html lang="en"');

    const plain = await get('/en/', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();

    const css = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css'));
    if (css) expect((await get(`/_astro/${css}`, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the .gz files of scripts/precompress.ts as they are (gzip_static)', async () => {
    const original = readFileSync(join(secondRoot, '404.html'));
    expect(gunzipSync(readFileSync(join(secondRoot, '404.html.gz'))).equals(original)).toBe(true);
    const response = await get('/404.html', { headers: { 'accept-encoding': 'gzip' } }, secondBase);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // A file sent as it is has a length; nginx compressing on the fly sends it in chunks.
    expect(response.headers.get('content-length')).toBe(String(readFileSync(join(secondRoot, '404.html.gz')).length));
    expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
  });

  it('serves the open data with its content types, for other sites too', async () => {
    const csv = await get('/en/invest/opportunities.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('access-control-allow-origin')).toBe('*');
    expectShortCache(csv, 'opportunities.csv');
    expectSecurityHeaders(csv, 'opportunities.csv');

    const json = await get('/vi/invest/opportunities.json');
    const text = await json.text();
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expectShortCache(json, 'opportunities.json');
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('keeps the editors’ pages out of search engines and caches, and off the public network', async () => {
    const access = readFileSync(join(root, 'deploy', 'nginx', 'editors-access.conf'), 'utf8');
    expect(access.trimEnd().split('\n').at(-1)).toBe('deny all;');
    expect(access).not.toMatch(/allow all/);
    // 127.0.0.1 is on the shipped allow list, as an editor's office network would be.
    const response = await get('/editors/translations/');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response, '/editors/translations/');
  });

  it('serves the browser editor with its own policy, the same as its page carries, never indexed or cached', async () => {
    const policy = `${adminPolicy(cmsBackendFromEnv({}))}; frame-ancestors 'none'`;
    for (const path of ['/admin/', '/admin/config.json', '/admin/sveltia-cms.js', '/admin/main.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(policy);
      expect(response.headers.get('x-robots-tag'), path).toBe('noindex, nofollow');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      for (const name of ['strict-transport-security', 'x-content-type-options', 'permissions-policy', 'x-frame-options']) {
        expect(response.headers.get(name), `${name} on ${path}`).toMatch(securityHeaders[name as keyof typeof securityHeaders]);
      }
      // The forge's sign-in window reports back to the editor.
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin-allow-popups');
    }
    const page = await (await get('/admin/')).text();
    expect(page).toContain(`<meta http-equiv="content-security-policy" content="${adminPolicy(cmsBackendFromEnv({}))}">`);
    expect(policy).not.toMatch(/script-src[^;]*(unsafe|https:|data:|blob:)/);
    // The portal's own policy everywhere else, also on a missing address under /admin/.
    expectSecurityHeaders(await get('/en/'), '/en/ beside /admin/');
    const missing = await get('/admin/no-such-file.js');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing, 'a missing file under /admin/');
  });

  it('never serves dotfiles, but leaves /.well-known/ alone', async () => {
    for (const path of ['/.git/config', '/.env', '/en/.htaccess']) {
      const response = await get(path);
      expect(response.status, path).toBe(403);
      expectSecurityHeaders(response, path);
    }
  });

  it('publishes /.well-known/security.txt as plain text, with a contact and an expiry date', async () => {
    const response = await get('/.well-known/security.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/^Contact: https:\/\/\S+$/m);
    const expires = new Date(/^Expires: (\S+)$/m.exec(text)![1]!);
    expect(expires.getTime()).toBeGreaterThan(Date.now());
    expect(expires.getTime()).toBeLessThan(Date.now() + 366 * 24 * 3600 * 1000);
  });

  it('answers a missing file under a language with that language’s 404 page, whatever location handles it', async () => {
    for (const path of ['/en/invest/no-such-file.csv', '/fr/invest/no-such-file.json']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain(`<html lang="${path.split('/')[1]}"`);
    }
  });

  it('serves no source map, even one that reaches the web root', async () => {
    const js = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.js'))!;
    const response = await get(`/_astro/${js}.map`);
    expect(response.status).toBe(404);
  });

  it('does not follow a symbolic link planted in the web root', async () => {
    const response = await get('/planted-link.txt', {}, secondBase);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain(readFileSync('/etc/hostname', 'utf8').trim());
  });

  it('answers at most one byte range per request', async () => {
    const single = await get('/robots.txt', { headers: { range: 'bytes=0-3' } });
    expect(single.status).toBe(206);
    const many = await get('/robots.txt', { headers: { range: 'bytes=0-0,2-2,4-4,6-6' } });
    expect(many.status).toBe(200);
    expect(many.headers.get('content-type')).not.toMatch(/multipart/);
  });
});

describe.runIf(available)('the access log (deploy/nginx/log-format.conf)', () => {
  /** The log lines nginx wrote for the requests that carry `marker` in their path. */
  const linesFor = (marker: string) =>
    readFileSync(server!.accessLog, 'utf8')
      .split('\n')
      .filter((line) => line.includes(marker));

  it('never holds a full address: IPv4 is cut to its /24, IPv6 to its /48', async () => {
    const readers = {
      '203.0.113.77': '203.0.113.0',
      '2001:db8:abcd:12:3456::1': '2001:db8:abcd::',
      '2001:db8::7': '2001:db8::',
      '2001::1:2:3': '2001::',
      '::1': '::',
    };
    for (const [address, i] of Object.entries(readers).map(([a], n) => [a, n] as const)) {
      // nginx logs a request once it has sent the whole answer: read it before looking.
      await (await get(`/en/?log-test=${i}`, { headers: { 'X-Test-Client': address } })).text();
    }
    await (await get('/en/?log-test=loopback')).text();
    for (const [i, [address, network]] of Object.entries(readers).entries()) {
      const [line] = linesFor(`log-test=${i} `);
      expect(line, address).toBeDefined();
      expect(line!.split(' ')[0], address).toBe(network);
      expect(line, address).not.toContain(address === '::1' ? ' ::1 ' : address);
    }
    expect(linesFor('log-test=loopback ')[0]).toMatch(/^127\.0\.0\.0 - - \[/);
  });

  it('writes the combined format that report tools read: time, request, status, size, referrer, browser', async () => {
    await (await get('/fr/search/?q=th%C3%A9&log-test=format', { headers: { referer: 'https://example.org/', 'user-agent': 'TestBrowser/1.0' } })).text();
    const [line] = linesFor('log-test=format');
    expect(line).toMatch(
      /^127\.0\.0\.0 - - \[\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "GET \/fr\/search\/\?q=th%C3%A9&log-test=format HTTP\/1\.1" 200 \d+ "https:\/\/example\.org\/" "TestBrowser\/1\.0"$/,
    );
  });
});

describe.runIf(available)('scripts/nginx-redirects.ts', () => {
  it('writes valid nginx lines for the real content', async () => {
    const { PORTAL_CONTENT_DIR: _, ...env } = process.env;
    const { stdout } = await run(process.execPath, [tsx, join(root, 'scripts', 'nginx-redirects.ts')], {
      cwd: root,
      env,
      timeout: 30_000,
    });
    for (const line of stdout.trimEnd().split('\n')) {
      expect(line).toMatch(/^(#.*|location = \/[a-z0-9/-]+\/ \{ return 301 \/[a-z0-9/-]+\/\$is_args\$args; \})$/);
    }
  });
});
