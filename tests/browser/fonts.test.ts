import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

const { open } = useBuiltSite();

/** The font files a page downloads once it has settled, by name ("latin-400"), with their bytes. */
async function fontsOf(path: string): Promise<{ files: string[]; bytes: number }> {
  const page = await open('/favicon.svg', 412);
  const origin = new URL(page.url()).origin;
  const fonts: Promise<{ name: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'font') return;
    const name = /be-vietnam-pro-([a-z-]+-\d00(?:-italic)?)/.exec(response.url())?.[1] ?? response.url();
    fonts.push(response.body().then((body) => ({ name: name.replace(/-normal$/, ''), bytes: body.length })));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(fonts);
  await page.close();
  return { files: loaded.map((f) => f.name).sort(), bytes: loaded.reduce((sum, f) => sum + f.bytes, 0) };
}

// Each font file is one more request on a slow mobile connection before the text settles; these
// sets are what Lighthouse's mobile audit scored 100 with (BENCHMARKS.md).
describe('fonts: each page downloads only the subsets its text needs', () => {
  it.each([
    ['/en/about/climate-and-landscapes/', ['latin-400', 'latin-600', 'latin-700', 'vietnamese-400']],
    ['/fr/history/yen-bai-uprising-1930/', ['latin-400', 'latin-600', 'latin-700', 'vietnamese-400']],
    ['/vi/about/climate-and-landscapes/', ['latin-400', 'latin-600', 'latin-700', 'vietnamese-400', 'vietnamese-600', 'vietnamese-700']],
    ['/ja/', ['latin-400', 'latin-600', 'latin-700', 'vietnamese-400']],
  ])('%s loads Latin and Vietnamese files only, no Latin Extended, no italic, no CJK font', async (path, expected) => {
    const { files, bytes } = await fontsOf(path);
    expect(files).toEqual(expected);
    expect(bytes).toBeLessThanOrEqual(110_000);
  });
});
