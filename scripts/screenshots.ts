/**
 * Takes screenshots of pages of a running portal, to look at them as a visitor would.
 * Usage: node scripts/screenshots.ts [--base http://localhost:4321] [--out screenshots] [--widths 375,1280] /en/ /ja/about/yen-bai-today/ …
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './support/browser.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://localhost:4321' },
    out: { type: 'string', default: 'screenshots' },
    widths: { type: 'string', default: '375,1280' },
    full: { type: 'boolean', default: false },
  },
});

const browser = await launchChromium();
await mkdir(values.out, { recursive: true });
for (const path of positionals) {
  for (const width of values.widths.split(',').map(Number)) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 900 } });
    await page.goto(new URL(path, values.base).href, { waitUntil: 'networkidle' });
    const file = join(values.out, `${path.replace(/^\/|\/$/g, '').replace(/[/?=&]/g, '_') || 'root'}-${width}.png`);
    await page.screenshot({ path: file, fullPage: values.full });
    console.log(file);
    await page.close();
  }
}
await browser.close();
