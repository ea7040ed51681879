import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { localeCodes } from '../../src/i18n/locales';
import { useBuiltSite } from '../support/site';

const { open, url } = useBuiltSite();

/** The page printed to A4 as Chromium prints it, and its text page by page. */
async function print(path: string): Promise<string[]> {
  const page = await open(path);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.close();
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text;
}

describe('printouts for journalists', () => {
  it.each(localeCodes)('prints the fact sheet in %s on at most two A4 pages', async (locale) => {
    expect((await print(`/${locale}/press/fact-sheet/`)).length).toBeLessThanOrEqual(2);
  });

  it.each(localeCodes)('prints the backgrounder in %s on at most four A4 pages', async (locale) => {
    expect((await print(`/${locale}/press/backgrounder/`)).length).toBeLessThanOrEqual(4);
  });

  it('puts the portal, the version, the page address and page numbers on every page', async () => {
    const pages = await print('/en/press/fact-sheet/');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain('Yên Bái · Foreign-information portal');
      expect(text).toMatch(/Version of \d{1,2} \w+ 20\d\d/);
      expect(text).toContain(new URL('/en/press/fact-sheet/', url('/')).pathname);
      expect(text).toContain(`${i + 1} / ${pages.length}`);
    });
  });

  it('refers each key figure to its numbered source, printed in full at the end', async () => {
    const text = (await print('/en/press/fact-sheet/')).join('\n');
    expect(text).toMatch(/\[1\]/);
    expect(text).toContain('(https://');
    // The screen chrome is not printed.
    expect(text).not.toContain('Skip to main content');
    expect(text).not.toContain('Back to top');
  });
});
