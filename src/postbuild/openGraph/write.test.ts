import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeInCache } from './cache';
import type { OgImageJob } from './jobs';
import { writeImages } from './write';

const root = join(import.meta.dirname, '..', '..', '..');
const job = (path: string): OgImageJob => ({
  path,
  locale: 'en',
  siteName: 'Yên Bái',
  title: [{ text: 'Press', locale: 'en' }],
  subtitle: [{ text: 'Press', locale: 'en' }],
});

describe('writeImages()', () => {
  it('renders two pages with the same title, section and language once, and writes both', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'portal-og-out-'));
    const result = await writeImages({
      root,
      outDir,
      cacheDir: mkdtempSync(join(tmpdir(), 'portal-og-cache-')),
      favicon: join(root, 'public', 'favicon.svg'),
      jobs: [job('/og/en/press.png'), job('/og/en/press/index.png')],
    });
    expect(result).toEqual({ total: 2, rendered: 1 });
    expect(readFileSync(join(outDir, 'og', 'en', 'press.png'))).toEqual(readFileSync(join(outDir, 'og', 'en', 'press', 'index.png')));
  }, 60_000);
});

describe('storeInCache()', () => {
  it('lets writers of the same image at the same moment all succeed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'portal-og-cache-')), 'same.png');
    await Promise.all(Array.from({ length: 8 }, (_, i) => storeInCache(file, Buffer.from([i]))));
    expect(readFileSync(file)).toHaveLength(1);
  });
});
