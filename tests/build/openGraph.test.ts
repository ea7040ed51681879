/**
 * Open Graph images (src/postbuild/openGraphImages.ts): every page names a 1200×630 PNG that the
 * build wrote into dist/og/, real translations have their own, fallback pages share the image of
 * the page they show, and the images of each script are not blank.
 */
import { existsSync, openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLocale, localeCodes } from '../../src/i18n/locales';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist';

beforeAll(assertBuilt);

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const meta = (html: string, key: string) => {
  const tag = html.match(new RegExp(`<meta\\s[^>]*(?:property|name)="${key}"[^>]*>`))?.[0];
  return tag ? attr(tag, 'content') : undefined;
};
const canonicalOf = (html: string) => {
  const tag = (html.match(/<link\b[^>]*>/g) ?? []).find((l) => attr(l, 'rel') === 'canonical');
  return tag ? new URL(attr(tag, 'href')!).pathname : undefined;
};
const isFallback = (html: string) => html.includes('data-fallback-notice');
/** The pages of the site in a language (BaseLayout pages; static redirects of old slugs only forward). */
const pages = () => builtPages().filter((p) => p.endsWith('/') && isLocale(p.split('/')[1]) && !/http-equiv="refresh"/i.test(readPage(p)));
const imageOf = (html: string) => new URL(meta(html, 'og:image')!).pathname;

/** Width and height from a PNG's signature and IHDR chunk, or undefined if the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } | undefined {
  const header = Buffer.alloc(24);
  const fd = openSync(join(distDir, path), 'r');
  try {
    readSync(fd, header, 0, 24, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  if (header.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('Open Graph images', () => {
  it('names an image on every page, with its size, alt text and a large Twitter card', () => {
    const list = pages();
    expect(list.length).toBeGreaterThan(0);
    for (const path of list) {
      const html = readPage(path);
      expect(meta(html, 'og:image'), path).toMatch(/^https?:\/\/[^/]+\/og\/.+\.png$/);
      expect(meta(html, 'og:image:width'), path).toBe('1200');
      expect(meta(html, 'og:image:height'), path).toBe('630');
      expect(meta(html, 'og:image:alt'), path).toBeTruthy();
      expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
    }
  });

  it('writes every named image into dist as a 1200×630 PNG', () => {
    const images = new Set(pages().map((p) => imageOf(readPage(p))));
    const wrong = [...images].filter((image) => !existsSync(join(distDir, image)) || JSON.stringify(pngSize(image)) !== '{"width":1200,"height":630}');
    expect(wrong, `${wrong.length} of ${images.size} images missing or not 1200×630 PNG`).toEqual([]);
  });

  it('gives each real translation its own image, named after its path', () => {
    for (const path of pages().filter((p) => !isFallback(readPage(p)))) {
      expect(imageOf(readPage(path)), path).toBe(`/og${path.replace(/\/$/, '')}.png`);
    }
  });

  it('points a fallback page to the image of the language it shows', () => {
    const fallbacks = pages().filter((p) => isFallback(readPage(p)));
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const path of fallbacks) {
      const html = readPage(path);
      const shown = canonicalOf(html)!;
      expect(shown, path).not.toBe(path);
      expect(imageOf(html), path).toBe(imageOf(readPage(shown)));
      expect(imageOf(html), path).toBe(`/og${shown.replace(/\/$/, '')}.png`);
    }
  });

  it('describes a fallback page’s image in the language the image is in', () => {
    for (const path of pages().filter((p) => isFallback(readPage(p)))) {
      const shown = readPage(canonicalOf(readPage(path))!);
      expect(meta(readPage(path), 'og:image:alt'), path).toBe(meta(shown, 'og:image:alt'));
    }
  });

  it('writes no image that no page names (the language chooser’s aside)', () => {
    const named = new Set(pages().map((p) => imageOf(readPage(p))));
    const written = (readdirSync(join(distDir, 'og'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.png'))
      .map((f) => `/og/${f.split(sep).join('/')}`);
    expect(written.filter((f) => !named.has(f) && f !== '/og/index.png')).toEqual([]);
    expect(written.length).toBe(named.size + 1);
  });

  it('has an image for the language chooser at /', () => {
    expect(pngSize('/og/index.png')).toEqual({ width: 1200, height: 630 });
  });

  it('draws the title in every script: the home page images are not blank', async () => {
    for (const locale of localeCodes) {
      const image = imageOf(readPage(`/${locale}/`));
      expect(image).toBe(`/og/${locale}.png`);
      expect(statSync(join(distDir, image)).size, image).toBeGreaterThan(5 * 1024);
      // The background alone (green, logo, stripes) also weighs about 5 KB: count the white pixels
      // of the title's area, where only the title's glyphs are white.
      const { data, info } = await sharp(join(distDir, image))
        .extract({ left: 72, top: 240, width: 1056, height: 320 })
        .raw()
        .toBuffer({ resolveWithObject: true });
      let white = 0;
      for (let i = 0; i < data.length; i += info.channels) if (data[i]! > 220 && data[i + 1]! > 220 && data[i + 2]! > 220) white++;
      expect(white, `${image}: white pixels of the title`).toBeGreaterThan(2000);
    }
  });
});
