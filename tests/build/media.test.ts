/**
 * Pictures and video reports as readers meet them, in a build of tests/fixtures/content/media/:
 * generated test patterns (never photographs of Yên Bái) with their credits, a cover, a gallery,
 * and sample video reports. The built HTML first (sources, sizes, alt text, credits, JSON-LD,
 * press downloads), then headless Chromium: nothing is asked of the video host before the reader
 * presses play, and the host's privacy-enhanced player after.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser';
import { serveStatic } from '../../scripts/support/staticServer';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { translatorFor } from '../../src/i18n/translator';
import { frameOrigins } from '../../src/lib/videoHosts';

const root = join(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'portal-media-'));
const article = (locale: Locale) => `/${locale}/tourism/picture-fixture/`;
const report = (locale: Locale) => `/${locale}/videos/report-fixture/`;
const linkOnly = (locale: Locale) => `/${locale}/videos/link-only-fixture/`;
const hosted = (locale: Locale) => `/${locale}/videos/hosted-fixture/`;

/** A built page, with the apostrophes and ampersands of its text written out. */
const read = (path: string) =>
  readFileSync(join(outDir, path, 'index.html'), 'utf8')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
/** The file names of a srcset, without their widths. */
const srcsetFiles = (srcset: string | undefined) => (srcset ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]!);
/** Every JSON-LD object of a page, parsed. */
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json!) as Record<string, unknown>);
/** The element with this class and everything inside it, as the build wrote it. */
function block(html: string, tag: string, className: string): string {
  const start = html.search(new RegExp(`<${tag} class="${className}"`));
  if (start < 0) return '';
  let depth = 0;
  const pattern = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
  pattern.lastIndex = start;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  return html.slice(start);
}

beforeAll(async () => {
  // The whole build as `npm run build` runs it, of the media fixtures.
  await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts'), '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, PORTAL_CONTENT_DIR: 'tests/fixtures/content/media', PORTAL_CACHE_DIR: mkdtempSync(join(tmpdir(), 'portal-cache-')) },
  });
}, 240_000);

describe('a cover', () => {
  it('has art-directed AVIF and WebP crops for phones and wide screens, with width, height and alt text in the page’s language', () => {
    for (const [locale, alt] of [
      ['vi', 'Hình mẫu kiểm thử A do máy tạo ra, không phải ảnh chụp'],
      ['en', 'Generated test pattern A, not a photograph'],
      ['fr', 'Mire de test A générée par ordinateur, pas une photographie'],
    ] as const) {
      const cover = block(read(article(locale)), 'figure', 'cover');
      const sources = tags(cover, 'source');
      expect(sources.map((s) => `${attr(s, 'type')} ${attr(s, 'media')}`)).toEqual([
        'image/avif (max-width: 40rem)',
        'image/webp (max-width: 40rem)',
        'image/avif (min-width: 40.0625rem)',
        'image/webp (min-width: 40.0625rem)',
      ]);
      for (const source of sources) {
        const files = srcsetFiles(attr(source, 'srcset'));
        expect(files.length, source).toBeGreaterThan(1);
        for (const file of files) expect(existsSync(join(outDir, file)), file).toBe(true);
      }
      const img = tags(cover, 'img')[0]!;
      expect(attr(img, 'alt')).toBe(alt);
      // 2:1 on wide screens: the crop is not the 3:2 original.
      expect(Number(attr(img, 'width')) / Number(attr(img, 'height'))).toBe(2);
      expect(img).toContain('fetchpriority="high"');
      expect(img).toContain('loading="eager"');
    }
  });

  it('is preloaded, with high priority, only by the page whose largest paint it is', async () => {
    const html = read(article('en'));
    const preloads = tags(html.slice(0, html.indexOf('</head>')), 'link').filter((l) => attr(l, 'as') === 'image');
    const cover = block(html, 'figure', 'cover');
    const avif = tags(cover, 'source').filter((s) => attr(s, 'type') === 'image/avif');
    expect(preloads.map((l) => [attr(l, 'media'), attr(l, 'imagesrcset'), attr(l, 'fetchpriority')])).toEqual(
      avif.map((s) => [attr(s, 'media'), attr(s, 'srcset'), 'high']),
    );
    // No other page preloads a picture: the gallery, body pictures and posters wait their turn.
    for (const path of [report('en'), '/en/credits/', '/en/press/', '/en/partners/']) {
      expect(
        tags(read(path), 'link').filter((l) => attr(l, 'as') === 'image'),
        path,
      ).toEqual([]);
    }
    for (const img of tags(html.replace(cover, ''), 'img')) expect(img, 'below the cover').toContain('loading="lazy"');
  });
});

describe('the covers of the home page and sections (content/covers/)', () => {
  it('show on the page they are named after, preloaded, with alt text in the page’s language or marked English', () => {
    const cases: [string, string, string | undefined][] = [
      ['/en/tourism/', 'Generated test pattern E, the cover of the Tourism section', undefined],
      ['/fr/tourism/', 'Mire de test E générée par ordinateur, couverture de la rubrique Tourisme', undefined],
      ['/ja/tourism/', 'Generated test pattern E, the cover of the Tourism section', 'en'],
      ['/vi/', 'Hình mẫu kiểm thử F do máy tạo ra, ảnh bìa trang chủ', undefined],
      ['/en/', 'Generated test pattern F, the cover of the home page', undefined],
    ];
    for (const [path, alt, lang] of cases) {
      const html = read(path);
      const img = tags(block(html, 'figure', 'cover'), 'img')[0] ?? '';
      expect(attr(img, 'alt'), path).toBe(alt);
      expect(attr(img, 'lang'), path).toBe(lang);
      expect(
        tags(html, 'link').filter((l) => attr(l, 'as') === 'image' && attr(l, 'fetchpriority') === 'high'),
        path,
      ).toHaveLength(2);
    }
    // A section without a cover shows none, and leaves no empty space for one.
    expect(read('/en/partners/')).not.toContain('<figure class="cover"');
    expect(read('/en/partners/')).not.toContain('<div class="page-cover"');
  });
});

describe('pictures in the text and the gallery', () => {
  it('serve AVIF and WebP sources with width, height and alt text', () => {
    const html = read(article('en'));
    const figure = block(html, 'figure', 'prose-figure');
    expect(tags(figure, 'source').map((s) => attr(s, 'type'))).toEqual(['image/avif', 'image/webp']);
    const img = tags(figure, 'img')[0]!;
    expect(attr(img, 'alt')).toBe('Generated test pattern B, not a photograph');
    expect(attr(img, 'width')).toMatch(/^\d+$/);
    expect(attr(img, 'height')).toMatch(/^\d+$/);
  });

  it('credit every picture under it in the reader’s language, fallback pages included', () => {
    for (const locale of localeCodes) {
      const t = translatorFor(locale);
      const html = read(article(locale));
      const credits = html.match(/<small class="picture-credit">[\s\S]*?<\/small>/g) ?? [];
      // Cover, text picture, two in the gallery, the video's poster.
      expect(credits, locale).toHaveLength(5);
      expect(credits[0], locale).toContain(t('credit.photo', { author: 'Portal test suite' }));
      expect(credits[0], locale).toContain('<a href="https://creativecommons.org/publicdomain/zero/1.0/" rel="license noopener external">CC0 1.0</a>');
      expect(credits[1], locale).toContain(t('credit.photo', { author: 'Portal test suite / Fixture Holder' }));
      expect(credits[3], locale).toContain(t('credit.permission', { holder: 'Fixture Holder' }));
      for (const credit of credits) expect(credit, locale).toMatch(/<a href="https:\/\/example\.org\/fixtures\/[^"]+" rel="noopener external">/);
    }
  });

  it('show a gallery as a labelled list of thumbnails, each a link to the picture at full size', async () => {
    const gallery = block(read(article('en')), 'figure', 'gallery');
    expect(gallery).toMatch(/^<figure class="gallery"> <figcaption>Two generated test patterns<\/figcaption> <ul class="gallery-list">/);
    const links = tags(gallery, 'a').filter((a) => attr(a, 'class') === 'gallery-link');
    expect(links).toHaveLength(2);
    const alts = tags(gallery, 'img').map((img) => attr(img, 'alt'));
    expect(alts).toEqual(['Generated test pattern B, not a photograph', 'Generated test pattern C, not a photograph']);
    const full = await Promise.all(links.map((a) => sharp(join(outDir, attr(a, 'href')!)).metadata()));
    expect(full.map((m) => [m.width, m.height])).toEqual([
      [1600, 1200],
      [1600, 1600],
    ]);
    // A gallery without a label gets one in the reader's language.
    expect(block(read(article('fr')), 'figure', 'gallery')).toContain(`<figcaption>${translatorFor('fr')('gallery.label')}</figcaption>`);
    expect(gallery).not.toContain('<script');
  });

  it('never publish an original file, whose metadata could tell where the camera was', () => {
    const originals = readdirSync(join(outDir, '_astro')).filter((f) => /^(pattern-[abc]|poster|home|tourism)\.[\w-]{8}\.(jpe?g|png)$/.test(f));
    expect(originals).toEqual([]);
  });
});

describe('the credits page and the press page', () => {
  it('list every picture, with author, licence, date and place, in every language', () => {
    for (const locale of localeCodes) {
      const t = translatorFor(locale);
      const html = read(`/${locale}/credits/`);
      const items = html.match(/<li class="picture-item">/g) ?? [];
      // Three pictures of the article, the video's poster, the covers of the home page and Tourism.
      expect(items, locale).toHaveLength(6);
      for (const label of ['credits.author', 'credits.licence', 'credits.taken', 'credits.original'] as const) {
        expect(html.split(`<dt>${t(label)}</dt>`).length - 1, `${locale} ${label}`).toBe(6);
      }
      expect(html, locale).toContain('CC BY 4.0');
      expect(html, locale).toContain(t('credit.permission', { holder: 'Fixture Holder' }));
    }
  });

  it('offer journalists each picture they may reuse at full size, without camera metadata, with its credit line', async () => {
    for (const locale of ['vi', 'en', 'ja'] as const) {
      const t = translatorFor(locale);
      const html = read(`/${locale}/press/`);
      const section = block(html, 'section', 'press-photos');
      expect(section.includes(t('press.photos')), locale).toBe(true);
      // The picture used with permission (without `press: true`) is not offered to the press.
      expect(section.match(/<li class="picture-item">/g), locale).toHaveLength(5);
      expect(section, locale).not.toContain('Generated test pattern C');
      const line = (author: string, licence: string) => `${t('credit.photo', { author })} · ${licence}`;
      expect(section, locale).toContain(line('Portal test suite', 'CC0 1.0'));
      expect(section, locale).toContain(line('Portal test suite / Fixture Holder', 'CC BY 4.0'));
      const downloads = tags(section, 'a').filter((a) => a.includes(' download'));
      expect(downloads, locale).toHaveLength(5);
      for (const link of downloads) {
        const meta = await sharp(join(outDir, attr(link, 'href')!)).metadata();
        expect(meta.exif, attr(link, 'href')).toBeUndefined();
      }
    }
    const sizes = await Promise.all(
      tags(block(read('/en/press/'), 'section', 'press-photos'), 'a')
        .filter((a) => a.includes(' download'))
        .map((a) => sharp(join(outDir, attr(a, 'href')!)).metadata()),
    );
    expect(sizes.map((m) => `${m.width}×${m.height}`)).toEqual(['2400×1600', '1600×1200', '2000×1000', '2000×1200', '1280×720']);
  });
});

describe('a video report before anyone presses play', () => {
  it('is a link to the video on its host, over the portal’s own poster, with no frame and nothing of the host', () => {
    for (const path of [article('en'), report('en'), report('vi')]) {
      const html = read(path);
      const facade = block(html, 'figure', 'video-figure');
      const play = tags(facade, 'a').find((a) => attr(a, 'class') === 'video-play')!;
      expect(attr(play, 'href'), path).toBe('https://www.youtube.com/watch?v=TESTVIDEO01');
      expect(html, path).not.toMatch(/<iframe/);
      for (const source of tags(facade, 'source')) for (const file of srcsetFiles(attr(source, 'srcset'))) expect(file).toMatch(/^\/_astro\//);
      // Named only in the CSP (the frame it allows) and the JSON-LD (the player search engines may show).
      const markup = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>|<meta http-equiv="content-security-policy"[^>]*>/g, '');
      expect(/youtube-nocookie|ytimg|googlevideo/.test(markup), path).toBe(false);
      expect(html, path).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    }
  });

  it('says who made it, when, how long it is and in which language, and gives the producer’s page', () => {
    const en = block(read(report('en')), 'figure', 'video-figure');
    expect(en).toContain('Test Broadcaster, 1 October 2026 · Length: 4:12 · Language: English');
    expect(en).toContain('<a href="https://example.org/fixtures/report" rel="noopener external">');
    const vi = block(read(report('vi')), 'figure', 'video-figure');
    expect(vi).toContain('Thời lượng: 4:12');
    expect(vi).toContain('Ngôn ngữ: tiếng Anh');
  });

  it('without a player to embed or a poster, is a plain panel linking to the producer, with no length made up', () => {
    const html = read(linkOnly('en'));
    const facade = block(html, 'figure', 'video-figure');
    expect(facade).toContain('<a class="video-link" href="https://example.org/fixtures/link-only-report"');
    expect(facade).toMatch(/<span class="video-panel">\s*A sample report shown by its link only\s*<\/span>/);
    expect(facade).not.toContain('<img');
    expect(facade).not.toContain('Length');
    // The only script is the header's (menus close on Escape); the player's is not loaded.
    const scripts = tags(html, 'script')
      .map((tag) => attr(tag, 'src'))
      .filter(Boolean);
    expect(scripts.every((src) => /SiteHeader/.test(src!))).toBe(true);
    expect(scripts.some((src) => /Video/.test(src!))).toBe(false);
  });
});

describe('a video the portal hosts', () => {
  it('plays in the browser’s own player, loading nothing before play, with WebVTT captions in each language it has', () => {
    for (const locale of ['en', 'vi', 'fr'] as const) {
      const facade = block(read(hosted(locale)), 'figure', 'video-figure');
      const video = tags(facade, 'video')[0] ?? '';
      expect(video, locale).toContain('preload="none"');
      expect(video, locale).toContain(' controls');
      expect(tags(facade, 'source')).toEqual(['<source src="/videos/hosted-fixture/report.webm" type="video/webm">']);
      const tracks = tags(facade, 'track');
      expect(tracks.map((t) => [attr(t, 'srclang'), attr(t, 'src'), attr(t, 'kind')])).toEqual([
        ['vi', '/videos/hosted-fixture/vi.vtt', 'captions'],
        ['en', '/videos/hosted-fixture/en.vtt', 'captions'],
      ]);
      // The reader's language is on by default when there are captions in it.
      expect(
        tracks.map((t) => t.includes(' default')),
        locale,
      ).toEqual([locale === 'vi', locale === 'en']);
    }
    expect(readFileSync(join(outDir, 'videos/hosted-fixture/en.vtt'), 'utf8')).toMatch(/^WEBVTT\n/);
    expect(
      readFileSync(join(outDir, 'videos/hosted-fixture/report.webm')).equals(
        readFileSync(join(root, 'tests/fixtures/content/media/videos/hosted-fixture/report.webm')),
      ),
    ).toBe(true);
    expect(jsonLd(read(hosted('en'))).find((d) => d['@type'] === 'VideoObject')).toMatchObject({
      contentUrl: 'http://localhost:4321/videos/hosted-fixture/report.webm',
      duration: 'PT1S',
    });
  });
});

describe('structured data', () => {
  it('describes every credited picture as an ImageObject with creator, license and credit text', () => {
    const images = jsonLd(read(article('en'))).filter((d) => d['@type'] === 'ImageObject');
    expect(images).toHaveLength(3);
    for (const image of images) {
      expect(image.creator).toEqual({ '@type': 'Person', name: 'Portal test suite' });
      expect(String(image.creditText)).toMatch(/^Photo: Portal test suite/);
      expect(String(image.contentUrl)).toMatch(/^http:\/\/localhost:4321\/_astro\//);
      expect(image.description).toMatch(/^Generated test pattern/);
    }
    expect(images.map((i) => i.license)).toEqual([
      'https://creativecommons.org/publicdomain/zero/1.0/',
      'https://creativecommons.org/licenses/by/4.0/',
      undefined,
    ]);
    expect(images[2]).toMatchObject({
      creditText: 'Photo: Portal test suite · used with permission of Fixture Holder',
      copyrightHolder: { name: 'Fixture Holder' },
    });
    expect(jsonLd(read(article('vi'))).find((d) => d['@type'] === 'ImageObject')).toMatchObject({
      inLanguage: 'vi',
      creditText: 'Ảnh: Portal test suite · CC0 1.0',
    });
  });

  it('describes a report as a VideoObject with only what its producer published', () => {
    const video = jsonLd(read(report('en'))).find((d) => d['@type'] === 'VideoObject')!;
    expect(video).toMatchObject({
      name: 'A sample report for the tests',
      uploadDate: '2026-10-01',
      duration: 'PT4M12S',
      inLanguage: 'en',
      embedUrl: 'https://www.youtube-nocookie.com/embed/TESTVIDEO01',
      sameAs: 'https://example.org/fixtures/report',
      producer: { '@type': 'Organization', name: 'Test Broadcaster' },
      transcript: 'The sample transcript of the test report: no real report stands behind it.',
    });
    expect(String(video.thumbnailUrl)).toMatch(/^http:\/\/localhost:4321\/_astro\/poster\./);
    const linkOnlyVideo = jsonLd(read(linkOnly('en'))).find((d) => d['@type'] === 'VideoObject')!;
    expect(Object.keys(linkOnlyVideo)).not.toContain('duration');
    expect(Object.keys(linkOnlyVideo)).not.toContain('embedUrl');
    expect(Object.keys(linkOnlyVideo)).not.toContain('thumbnailUrl');
  });
});

describe('in headless Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page; every request is listed, the video host answered with a stand-in (no network). */
  async function visit(path: string, width = 1280) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.route(/^https:\/\/www\.youtube-nocookie\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player stand-in</title><p>player</p>' }),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    const foreign = () => requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'));
    return { page, foreign, problems };
  }

  /** Scrolls to the bottom so that every lazy picture loads. */
  async function scrollThrough(page: Page) {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((done) => setTimeout(done, 30));
      }
    });
    await page.waitForLoadState('networkidle');
  }

  it.each([article('en'), report('vi')])('%s asks nothing of the video host until play is pressed, then frames its privacy-enhanced player', async (path) => {
    const { page, foreign, problems } = await visit(path);
    await scrollThrough(page);
    expect(foreign()).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);

    await page.locator('a.video-play').click();
    const frame = page.locator('iframe.video-frame');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/TESTVIDEO01?autoplay=1');
    expect(await frame.getAttribute('title')).toBe(path.startsWith('/vi/') ? 'Phóng sự mẫu cho kiểm thử' : 'A sample report for the tests');
    await page.waitForLoadState('networkidle');
    expect(foreign().every((url) => frameOrigins.some((origin) => url.startsWith(`${origin}/embed/TESTVIDEO01`)))).toBe(true);
    expect(foreign().length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fetches a hosted video only when it is played, with its captions', async () => {
    const { page, problems } = await visit(hosted('en'), 375);
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(await fetched()).not.toContain('/videos/hosted-fixture/report.webm');
    await page.locator('video').evaluate(async (video) => {
      const player = video as HTMLVideoElement;
      player.muted = true;
      await player.play();
    });
    await page.waitForFunction(
      () => (document.querySelector('video') as HTMLVideoElement).currentTime > 0 || (document.querySelector('video') as HTMLVideoElement).ended,
    );
    expect(await fetched()).toContain('/videos/hosted-fixture/report.webm');
    const tracks = await page.locator('video').evaluate((video) => [...(video as HTMLVideoElement).textTracks].map((t) => `${t.language} ${t.mode}`));
    expect(tracks).toEqual(['vi disabled', 'en showing']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('plays from the keyboard too', async () => {
    const { page, foreign } = await visit(report('en'), 375);
    await page.locator('a.video-play').focus();
    await page.keyboard.press('Enter');
    await page.locator('iframe.video-frame').waitFor();
    expect(foreign().some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
    await page.close();
  });

  it('loads every picture of the entry from the portal itself, the crop that fits the screen', async () => {
    for (const width of [375, 1280]) {
      const { page, foreign, problems } = await visit(article('en'), width);
      await scrollThrough(page);
      const shown = await page
        .locator('img')
        .evaluateAll((images) => (images as HTMLImageElement[]).map((img) => ({ src: img.currentSrc, complete: img.complete && img.naturalWidth > 0 })));
      expect(shown.every((img) => img.complete)).toBe(true);
      const cover = await page.locator('.cover img').evaluate((img) => (img as HTMLImageElement).currentSrc);
      expect(cover).toMatch(/\.avif$/);
      const { naturalWidth, naturalHeight } = await page.locator('.cover img').evaluate((img) => ({
        naturalWidth: (img as HTMLImageElement).naturalWidth,
        naturalHeight: (img as HTMLImageElement).naturalHeight,
      }));
      // 4:3 on a phone, 2:1 on a wide screen.
      expect(naturalWidth / naturalHeight).toBeCloseTo(width < 600 ? 4 / 3 : 2, 1);
      expect(foreign()).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('has no serious accessibility violation around covers, galleries and video facades (axe-core)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const path of [article('en'), article('vi'), report('en'), linkOnly('en'), hosted('en'), '/en/credits/', '/en/press/', '/en/tourism/']) {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 }, bypassCSP: true });
      await page.goto(`${server.url}${path}`);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${(v as unknown as { nodes: { target: string[] }[] }).nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
      await page.close();
    }
  });

  it('allows frames from exactly the video hosts’ privacy-enhanced players in the page’s CSP', async () => {
    const { page } = await visit(article('en'));
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    await page.close();
    const frameSrc = csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([name]) => name === 'frame-src');
    expect(frameSrc?.slice(1)).toEqual([...frameOrigins]);
  });
});
