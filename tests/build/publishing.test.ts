import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'portal-publishing-'));
// Words that only the unpublished fixtures contain, in their slugs, titles and text.
const secrets = ['draft-festival-notes', 'Draft festival notes', 'zanzibarquill', 'embargoed-announcement', 'Embargoed announcement', 'quokkaharbour'];

/** Every file of the build as text; Pagefind's compressed index files are unpacked. */
function everyFile(): { path: string; text: string }[] {
  return (readdirSync(outDir, { recursive: true }) as string[])
    .filter((path) => statSync(join(outDir, path)).isFile() && !/\.(png|webp|avif|jpg|wasm)$/.test(path))
    .map((path) => ({ path, data: readFileSync(join(outDir, path)) }))
    .map(({ path, data }) => {
      const packed = data[0] === 0x1f && data[1] === 0x8b;
      return { path, text: (packed ? gunzipSync(data) : data).toString('utf8') };
    });
}

const origin = 'https://portal.example.vn';
const build = (args: string[], env: Record<string, string | undefined>) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts'), ...args], {
    cwd: root,
    env: { ...process.env, PORTAL_CONTENT_DIR: 'tests/fixtures/content/publishing', PORTAL_CACHE_DIR: mkdtempSync(join(tmpdir(), 'portal-cache-')), ...env },
  });

beforeAll(async () => {
  // The whole production build as the operator runs it: astro build, then the search index and OG
  // images, at the public address, on a fixed day (festival dates are computed from it).
  await build(['--production', '--outDir', outDir], { PORTAL_SITE_URL: origin, PORTAL_TODAY: '2026-12-07' });
}, 180_000);

describe('the production build', () => {
  it('refuses to run without the public address', async () => {
    const failed = await build(['--production', '--outDir', mkdtempSync(join(tmpdir(), 'portal-refused-'))], { PORTAL_SITE_URL: undefined }).then(
      () => undefined,
      (error: { stderr: string }) => error,
    );
    expect(failed?.stderr).toMatch(/PORTAL_SITE_URL/);
  });

  it('writes every absolute address with the public origin, never localhost', () => {
    const files = everyFile();
    // The browser editor's own code (Sveltia CMS, copied from npm) names localhost for its
    // local-folder mode; the portal's pages, feeds, data and the editor's configuration may not.
    const portalFiles = files.filter((f) => !/^admin\/sveltia(?:-cms\.js$|\/)/.test(f.path));
    expect(portalFiles.map((f) => f.path)).toContain('admin/config.json');
    const local = portalFiles.filter((f) => /localhost|127\.0\.0\.1/.test(f.text)).map((f) => f.path);
    expect(local).toEqual([]);
    const home = readFileSync(join(outDir, 'en', 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${origin}/en/"`);
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toContain(`<loc>${origin}/en/</loc>`);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`${origin}/sitemap.xml`);
  });
});

describe('festivals that follow the lunar calendar', () => {
  // The 15th day of the first lunar month: Tết falls on 6 Feb 2027, 26 Jan 2028 and 13 Feb 2029.
  const next = ['20270220', '20280209', '20290227'];

  it('appear in events.ics on their next three Western dates, with the rule noted', () => {
    const ics = readFileSync(join(outDir, 'en', 'events.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
    const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
    expect(starts).toEqual(expect.arrayContaining(next));
    expect(ics).toContain('Lunar calendar: day 15 of month 1');
  });

  it('show their next date on the events page and the home page', () => {
    const events = readFileSync(join(outDir, 'en', 'events', 'index.html'), 'utf8');
    expect(events).toContain('20 February 2027');
    expect(readFileSync(join(outDir, 'en', 'index.html'), 'utf8')).toContain('datetime="2027-02-20"');
  });
});

describe('drafts and embargoed entries in the production build', () => {
  it('still publishes the entry that is ready', () => {
    expect(readdirSync(join(outDir, 'en', 'tourism'))).toContain('mu-cang-chai-terraces');
  });

  it('appear in no file at all: pages, sitemap, search index', () => {
    const files = everyFile();
    expect(files.some((f) => f.path === 'sitemap.xml')).toBe(true);
    expect(files.some((f) => f.path.startsWith('pagefind'))).toBe(true);
    const leaks = files.flatMap((f) => secrets.filter((s) => f.text.includes(s)).map((s) => `${f.path}: ${s}`));
    expect(leaks).toEqual([]);
  });
});

describe('pictures of a draft', () => {
  it('are not published in any form: neither copied, nor resized, nor named', () => {
    const picture = readFileSync(join(root, 'tests/fixtures/content/publishing/articles/draft-festival-notes/quokka-draft-photo.png'));
    const all = (readdirSync(outDir, { recursive: true }) as string[]).filter((path) => statSync(join(outDir, path)).isFile());
    expect(all.filter((path) => path.includes('quokka-draft-photo'))).toEqual([]);
    expect(all.filter((path) => readFileSync(join(outDir, path)).equals(picture))).toEqual([]);
  });
});

describe('renamed entries', () => {
  it('keep their old address as a page that forwards to the new one, in every language', () => {
    for (const locale of ['vi', 'en', 'lo']) {
      const html = readFileSync(join(outDir, locale, 'tourism', 'mu-cang-chai-rice-terraces', 'index.html'), 'utf8');
      expect(html).toMatch(new RegExp(`http-equiv="refresh" content="0;url=/${locale}/tourism/mu-cang-chai-terraces/"`));
    }
  });
});

/** The files a srcset lists, sorted. */
const srcsetFiles = (tag: string) => [...(/srcset="([^"]+)"/.exec(tag)?.[1] ?? '').matchAll(/(\S+) \d+w/g)].map((m) => m[1]).sort();

describe('images in articles', () => {
  it('are served as AVIF and WebP at several widths, with width, height, alt text and lazy loading', () => {
    const html = readFileSync(join(outDir, 'en', 'tourism', 'mu-cang-chai-terraces', 'index.html'), 'utf8');
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)?.[0] ?? '';
    const sources = [...picture.matchAll(/<source[^>]*>/g)].map((m) => m[0]);
    const avif = sources.find((tag) => tag.includes('type="image/avif"')) ?? '';
    expect(avif).toMatch(/srcset="[^"]+\.avif 480w, [^"]+\.avif 960w/);
    expect(sources.some((tag) => tag.includes('type="image/webp"'))).toBe(true);
    const img = /<img[^>]*>/.exec(picture)?.[0] ?? '';
    expect(img).toMatch(/\ssrc="[^"]+\.webp"/);
    // The fallback src is one of the srcset's files, not one more encoding of the picture.
    const webp = sources.find((tag) => tag.includes('type="image/webp"')) ?? '';
    const src = /\ssrc="([^"]+)"/.exec(img)?.[1] ?? 'no src';
    expect(webp).toContain(`${src} `);
    // And no encoding is made for nothing: every WebP file of the build is shown by some page (the
    // article's srcset, the thumbnails of the credits and press pages).
    const shown = new Set(everyFile().flatMap(({ text }) => [...text.matchAll(/\/_astro\/[^\s"',]+\.webp/g)].map(([path]) => path)));
    for (const file of srcsetFiles(webp)) expect(shown).toContain(file);
    expect(
      readdirSync(join(outDir, '_astro'))
        .filter((f) => f.endsWith('.webp'))
        .map((f) => `/_astro/${f}`)
        .filter((f) => !shown.has(f)),
    ).toEqual([]);
    expect(img).toMatch(/\swidth="\d+"/);
    expect(img).toMatch(/\sheight="\d+"/);
    expect(img).toContain('alt="A green gradient standing in for a photograph, for the tests"');
    expect(img).toContain('loading="lazy"');
    const files = readdirSync(join(outDir, '_astro'));
    expect(files.some((f) => f.endsWith('.avif'))).toBe(true);
    expect(files.some((f) => f.endsWith('.webp'))).toBe(true);
    // No PNG is sent for a photograph: the fallback is WebP (Astro still copies the original).
    expect(picture).not.toContain('.png');
    expect(files.filter((f) => f.endsWith('.png')).length).toBeLessThanOrEqual(1);
  });
});
