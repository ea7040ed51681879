/**
 * deploy/nginx/portal.conf under a real nginx: the built dist/ served on 127.0.0.1 exactly as the
 * province's server serves it (caching, compression, security headers, per-language 404 pages,
 * redirects of renamed entries, content types). nginx runs as the current user with everything
 * (pid, logs, temp files) in a temp directory; `.ci/run` installs Debian's nginx when missing.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeCodes, localeToLang } from '../../src/i18n/locales';
import { precompress } from '../../scripts/precompress';
import { assertBuilt, distDir } from '../support/dist';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const deployDir = join(root, 'deploy', 'nginx');
const fixtureContent = 'tests/fixtures/content/publishing';
const tsx = join(root, 'node_modules', '.bin', 'tsx');

const securityHeaders = {
  'strict-transport-security': /^max-age=31536000; includeSubDomains$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\).*(interest-cohort|browsing-topics)=\(\)/,
  'x-frame-options': /^DENY$/,
};
const immutable = 'public, max-age=31536000, immutable';

function findNginx(): string {
  const candidates = [process.env.NGINX, '/usr/sbin/nginx'];
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0) candidates.push(which.stdout.trim());
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) {
    throw new Error(
      'nginx is not installed, so deploy/nginx/portal.conf cannot be tested. Install Debian\'s nginx: ' +
        '`sudo apt-get install nginx-light` (or `nginx`); .ci/run does this in CI. Another binary: set NGINX=/path/to/nginx.',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const temp = mkdtempSync(join(tmpdir(), 'portal-nginx-'));
// A copy of dist/404.html and its .gz from scripts/precompress.ts, for the gzip_static check.
const precompressedRoot = join(temp, 'precompressed');
let nginxBin: string;
let nginx: ChildProcess | undefined;
let stderr = '';
let base = '';
let precompressedBase = '';
let redirects: [string, string][] = [];
let configTest = '';

function writeConfig(port: number, port2: number): string {
  const logs = join(temp, 'logs');
  mkdirSync(logs, { recursive: true });
  const conf = join(temp, 'nginx.conf');
  const server = (listen: number, rootDir: string) => `
    server {
        listen 127.0.0.1:${listen};
        server_name localhost;
        root ${rootDir};
        include yenbai-portal/portal.conf;
    }`;
  writeFileSync(
    conf,
    `# Test configuration (tests/deploy/nginx.test.ts): one process, current user, all files in ${temp}.
master_process off;
daemon off;
pid ${logs}/nginx.pid;
error_log ${logs}/error.log warn;
events { worker_connections 64; }
http {
    access_log ${logs}/access.log;
    client_body_temp_path ${temp}/client_body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
${server(port, distDir)}
${server(port2, precompressedRoot)}
}
`,
  );
  return conf;
}

async function startNginx(conf: string): Promise<void> {
  stderr = '';
  const child = spawn(nginxBin, ['-p', `${temp}/`, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx = child;
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited (code ${code}) before answering:\n${stderr}${logTail()}`))),
  );
  exited.catch(() => {});
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const answered = await Promise.race([
      fetch(`${base}/robots.txt`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false),
      exited,
    ]);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${base} within 10 s:\n${stderr}${logTail()}`);
}

function logTail(): string {
  const log = join(temp, 'logs', 'error.log');
  return existsSync(log) ? `\nerror.log:\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
}

async function stopNginx(): Promise<void> {
  const child = nginx;
  nginx = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
// Should the test process end some other way, nginx must not outlive it.
process.once('exit', () => nginx?.kill('SIGKILL'));

function get(path: string, init: RequestInit = {}, at = base): Promise<Response> {
  return fetch(`${at}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(5000), ...init });
}

function expectSecurityHeaders(response: Response, what: string): void {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(response.headers.get(name), `${name} on ${what}`).toMatch(value);
  }
  // The pages carry their own CSP <meta>; a header policy would be enforced on top of it.
  expect(response.headers.get('content-security-policy'), `no CSP header on ${what}`).toBeNull();
}

function expectShortCache(response: Response, what: string): void {
  const cache = response.headers.get('cache-control') ?? '';
  expect(cache, `Cache-Control of ${what}`).toMatch(/no-cache|max-age=([0-9]{1,3})\b/);
  expect(cache, `Cache-Control of ${what}`).not.toContain('immutable');
  const maxAge = /max-age=(\d+)/.exec(cache)?.[1];
  if (maxAge) expect(Number(maxAge), `max-age of ${what}`).toBeLessThanOrEqual(600);
}

beforeAll(async () => {
  assertBuilt();
  nginxBin = findNginx();

  // The configuration as an operator installs it: the deploy/nginx files in yenbai-portal/ next
  // to nginx.conf, plus the generated redirects (here from the publishing fixture's content).
  const include = join(temp, 'yenbai-portal');
  mkdirSync(include, { recursive: true });
  for (const file of readdirSync(deployDir).filter((f) => f.endsWith('.conf') && f !== 'site.conf')) {
    copyFileSync(join(deployDir, file), join(include, file));
  }
  await run(process.execPath, [tsx, join(root, 'scripts', 'nginx-redirects.ts'), join(include, 'redirects.conf')], {
    cwd: root,
    env: { ...process.env, PORTAL_CONTENT_DIR: fixtureContent },
    timeout: 30_000,
  });
  redirects = [...readFileSync(join(include, 'redirects.conf'), 'utf8').matchAll(/^location = (\S+) \{ return 301 (\S+?)\$is_args\$args; \}$/gm)].map(
    (m) => [m[1]!, m[2]!],
  );
  // Debian's list (what `include mime.types` finds next to /etc/nginx/nginx.conf).
  const mimeTypes = process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types';
  if (!existsSync(mimeTypes)) throw new Error(`${mimeTypes} is missing (Debian's nginx-common installs it); set NGINX_MIME_TYPES to nginx's mime.types.`);
  copyFileSync(mimeTypes, join(temp, 'mime.types'));

  mkdirSync(precompressedRoot, { recursive: true });
  copyFileSync(join(distDir, '404.html'), join(precompressedRoot, '404.html'));
  precompress(precompressedRoot);

  for (let attempt = 1; ; attempt++) {
    const [port, port2] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${port}`;
    precompressedBase = `http://127.0.0.1:${port2}`;
    const conf = writeConfig(port, port2);
    if (attempt === 1) {
      const test = spawnSync(nginxBin, ['-t', '-p', `${temp}/`, '-c', conf], { encoding: 'utf8', timeout: 10_000 });
      configTest = `${test.stdout}${test.stderr}`;
      if (test.status !== 0) throw new Error(`nginx -t rejects the configuration:\n${configTest}`);
    }
    try {
      await startNginx(conf);
      return;
    } catch (error) {
      await stopNginx();
      // Another process may have taken the free port in between: try again, a few times.
      if (attempt < 3 && /Address already in use/.test(String(error))) continue;
      throw error;
    }
  }
}, 60_000);

afterAll(async () => {
  await stopNginx();
  rmSync(temp, { recursive: true, force: true });
});

describe('nginx serving dist/ with deploy/nginx/portal.conf', () => {
  it('accepts the configuration without a warning', () => {
    expect(configTest).toMatch(/test is successful/);
    expect(configTest).not.toMatch(/\[(warn|emerg|crit)\]/);
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
    for (const [file, type] of [[css, 'text/css'], [js, 'application/javascript']] as const) {
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
    for (const path of ['/no-such-page/', '/xx/whatever/', '/_astro/missing.js', '/pagefind/fragment/missing.pf_fragment']) {
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

    expect(redirects.length).toBe(localeCodes.length);
    for (const [from, to] of redirects) {
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
    const original = readFileSync(join(precompressedRoot, '404.html'));
    expect(gunzipSync(readFileSync(join(precompressedRoot, '404.html.gz'))).equals(original)).toBe(true);
    const response = await get('/404.html', { headers: { 'accept-encoding': 'gzip' } }, precompressedBase);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // A file sent as it is has a length; nginx compressing on the fly sends it in chunks.
    expect(response.headers.get('content-length')).toBe(String(readFileSync(join(precompressedRoot, '404.html.gz')).length));
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

  it('keeps the editors’ pages out of search engines and caches', async () => {
    const response = await get('/editors/translations/');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response, '/editors/translations/');
  });

  it('never serves dotfiles, but leaves /.well-known/ alone', async () => {
    for (const path of ['/.git/config', '/.env', '/en/.htaccess']) {
      const response = await get(path);
      expect(response.status, path).toBe(403);
      expectSecurityHeaders(response, path);
    }
    expect((await get('/.well-known/security.txt')).status).toBe(404);
  });
});

describe('scripts/nginx-redirects.ts', () => {
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
