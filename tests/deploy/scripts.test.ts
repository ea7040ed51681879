/**
 * Nothing in dist/ runs script the portal did not write or choose. A static pass reads every file
 * of the build (pages, SVG, feeds); a browser pass opens pages of every type, served by nginx with
 * deploy/nginx/portal.conf as the province serves them, and lists every script V8 compiles. The
 * browser editor (/admin/) is the one page that runs a third party's code, Sveltia CMS, from files
 * copied from its npm package, under /admin/ only and with a policy of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { htmlToHast } from 'satteri';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkUrl } from '../../src/util/safeUrl';
import { launchChromium } from '../../scripts/support/browser';
import { assertBuilt, distDir } from '../support/dist';
import { startPortalNginx, type PortalNginx } from '../support/nginx';

/** The kinds of file the portal writes into dist/; anything else got there by mistake. */
const expectedTypes = new Set([
  '.html',
  '.xml',
  '.txt',
  '.json',
  '.csv',
  '.ics',
  '.vtt',
  '.mp4',
  '.webm',
  '.js',
  '.css',
  '.woff',
  '.woff2',
  '.png',
  '.webp',
  '.avif',
  '.jpg',
  '.svg',
  '.ico',
  '.wasm',
  '.gz',
  '.pf_fragment',
  '.pf_filter',
  '.pf_index',
  '.pf_meta',
  '.pagefind',
]);
/** Scripts the portal's pages may run: files it built, on its own origin. */
const ownScript = /^\/(?:_astro|pagefind)\/[^/]+\.js$/;
/**
 * The browser editor's page, and the scripts it alone may run: Sveltia CMS copied from its npm
 * package and the portal's own, files under /admin/, served with the editor's own policy
 * (deploy/nginx/admin-headers.conf). No other page may load them.
 */
const editorPage = 'admin/index.html';
const editorScript = /^\/admin\/(?:[\w-]+\/)?[\w.-]+\.js$/;
/** Script elements that hold data, which browsers never run. */
const dataScript = /^application\/(?:ld\+)?json$/;

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** What a page or SVG file contains that could run script or send its reader elsewhere. */
function offences(file: string, markup: string): string[] {
  const found: string[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const tag = node.tagName!.toLowerCase();
      const props = node.properties ?? {};
      for (const [name, value] of Object.entries(props)) {
        if (/^on/i.test(name)) found.push(`${file}: <${tag} ${name}>`);
        if (['href', 'src', 'action', 'formAction', 'xLinkHref'].includes(name) && typeof value === 'string' && !checkUrl(value, { allowRelative: true }).ok) {
          found.push(`${file}: <${tag} ${name}="${value.slice(0, 60)}">`);
        }
      }
      if (tag === 'script') {
        const type = String(props.type ?? '');
        const src = typeof props.src === 'string' ? props.src : undefined;
        const editorFile = file === editorPage && src !== undefined && editorScript.test(src) && ['', 'module'].includes(type);
        if (!dataScript.test(type) && !(type === 'module' && src && ownScript.test(src)) && !editorFile)
          found.push(`${file}: <script type="${type}" src="${src ?? ''}">`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'base', 'foreignobject'].includes(tag)) found.push(`${file}: <${tag}>`);
      if (tag === 'meta' && String(props.httpEquiv ?? '').toLowerCase() === 'refresh') {
        // Astro's forwarding pages of renamed entries point to the portal's own addresses.
        const target = /url=(.*)$/i.exec(String(props.content ?? ''))?.[1] ?? '';
        if (!target.startsWith('/') || target.startsWith('//')) found.push(`${file}: <meta http-equiv="refresh" content="${String(props.content)}">`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(htmlToHast(markup) as HastNode);
  return found;
}

const files = () =>
  (readdirSync(distDir, { recursive: true }) as string[]).filter((f) => statSync(join(distDir, f)).isFile()).map((f) => f.split(sep).join('/'));

const available = inject('nginxAvailable');
let server: PortalNginx | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!available) return;
  assertBuilt();
  server = await startPortalNginx({ roots: [distDir], redirectsFrom: 'content' });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.runIf(available)('no file of dist/ runs script the portal did not write', () => {
  it('holds only the kinds of file the portal makes', () => {
    expect(files().filter((f) => !expectedTypes.has(extname(f)))).toEqual([]);
  });

  it('lets only the editor’s page load the editor’s scripts', () => {
    const pages = files().filter((f) => f.endsWith('.html') && f !== editorPage);
    const loading = pages.filter((f) => /<script[^>]+src="\/admin\//.test(readFileSync(join(distDir, f), 'utf8')));
    expect(loading).toEqual([]);
    expect(readFileSync(join(distDir, editorPage), 'utf8')).toMatch(/<script src="\/admin\/sveltia-cms\.js"><\/script>/);
  });

  it('has no inline script, event handler, javascript: address, frame or foreign redirect in any page or SVG', () => {
    const documents = files().filter((f) => /\.(html|svg)$/.test(f));
    expect(documents.length).toBeGreaterThan(100);
    expect(documents.flatMap((f) => offences(f, readFileSync(join(distDir, f), 'utf8')))).toEqual([]);
  });

  /** One page of every type, in the source language, English and a language shown by fallback. */
  const pages = [
    '/',
    ...['vi', 'en', 'lo'].flatMap((l) =>
      [
        '/{l}/',
        '/{l}/history/yen-bai-uprising-1930/',
        '/{l}/partners/val-de-marne/',
        '/{l}/events/',
        '/{l}/press/fact-sheet/',
        '/{l}/contacts/',
        '/{l}/invest/',
        '/{l}/invest/opportunities/',
        '/{l}/invest/zones/minh-quan-industrial-park/',
        '/{l}/search/?q=Th%C3%A1c+B%C3%A0',
        '/{l}/no-such-page/',
      ].map((p) => p.replace('{l}', l)),
    ),
    '/admin/',
    '/favicon.svg',
    '/sitemap.xml',
    '/en/feed.xml',
    '/.well-known/security.txt',
  ];

  it.each(pages)('%s, served by nginx, runs only the portal’s own script files', async (path) => {
    const page = await browser!.newPage();
    const client = await page.context().newCDPSession(page);
    // Only the page's own world: Playwright runs its helpers in isolated worlds of its own.
    const pageWorlds = new Set<number>();
    client.on('Runtime.executionContextCreated', ({ context }: { context: { id: number; auxData?: { isDefault?: boolean } } }) => {
      if (context.auxData?.isDefault) pageWorlds.add(context.id);
    });
    const parsed: { url: string; executionContextId: number }[] = [];
    client.on('Debugger.scriptParsed', (event: { url: string; executionContextId: number }) => parsed.push(event));
    await client.send('Runtime.enable');
    await client.send('Debugger.enable');
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server!.bases[0]}${path}`, { waitUntil: 'networkidle' });
    if (path.includes('/search/')) await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    await page.close();
    const origin = server!.bases[0]!;
    const compiled = parsed.filter((script) => pageWorlds.has(script.executionContextId)).map((script) => script.url);
    const allowed = path === '/admin/' ? (pathname: string) => editorScript.test(pathname) : (pathname: string) => ownScript.test(pathname);
    const foreign = compiled.filter((url) => !(url.startsWith(`${origin}/`) && allowed(new URL(url).pathname)));
    expect(foreign, 'scripts that are not files of the portal (an empty address is an inline script)').toEqual([]);
    expect(violations).toEqual([]);
  });
});
