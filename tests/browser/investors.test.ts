import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

const { open } = useBuiltSite();

/** Runs a search from the search page's own form and waits for the results to settle. */
async function search(path: string, query: string): Promise<Page> {
  const page = await open(path);
  await page.locator('.search-filters').waitFor();
  await page.locator('#search-q').fill(query);
  await page.locator('.search-form button[type="submit"]').click();
  await expect.poll(() => page.locator('.search-status').innerText(), { timeout: 15_000 }).not.toBe('');
  return page;
}

const resultCount = async (page: Page) => Number(/\d+/.exec(await page.locator('.search-status').innerText())?.[0] ?? 0);
const titles = (page: Page) => page.locator('.search-results li a').allInnerTexts();

describe('search for investors', () => {
  it('finds the tea opportunities when an English reader searches "tea"', async () => {
    const page = await search('/en/search/', 'tea');
    const items = await page
      .locator('.search-results li')
      .evaluateAll((lis) => lis.map((li) => ({ type: li.querySelector('.result-type')?.textContent ?? '', title: li.querySelector('a')?.textContent ?? '' })));
    expect(items.some((i) => i.type === 'Investment opportunity' && /tea/i.test(i.title))).toBe(true);
    await page.close();
  });

  it('hides the filter values that would find nothing, and shows them again on request', async () => {
    const page = await search('/en/search/', 'tea');
    const sector = page.locator('fieldset.facet:has(legend:text("Sector"))');
    const all = await sector.locator('label').count();
    const shown = await sector.locator('label').filter({ visible: true }).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    for (const label of await sector.locator('label').filter({ visible: true }).allInnerTexts()) expect(label).not.toMatch(/\(0\)/);
    const toggle = sector.locator('.facet-toggle');
    expect(await toggle.innerText()).toContain(String(all - shown));
    await toggle.click();
    await expect.poll(() => sector.locator('label').filter({ visible: true }).count()).toBe(all);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('narrows the results with the sector filter, to exactly the count it showed', async () => {
    const page = await search('/en/search/', 'tea');
    const before = await resultCount(page);
    const option = page.locator('fieldset.facet:has(legend:text("Sector")) label:has(input:not(:disabled))').first();
    const shown = Number(/\((\d+)\)/.exec(await option.innerText())?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(before);
    await option.locator('input').check();
    await expect.poll(() => resultCount(page)).toBe(shown);
    expect(await page.locator('.search-results li').count()).toBe(Math.min(shown, 30));
    expect(new URL(page.url()).searchParams.getAll('sector')).toHaveLength(1);
    await page.close();
  });

  it('finds Mù Cang Chải and Đông Cuông from queries typed without diacritics', async () => {
    for (const [query, expected] of [
      ['Mu Cang Chai', /Mù Cang Chải/],
      ['Dong Cuong', /Đông Cuông/],
    ] as const) {
      const page = await search('/en/search/', query);
      expect((await titles(page)).join('\n'), query).toMatch(expected);
      await page.close();
    }
  });

  it('finds a Lao page from a Lao query written without spaces', async () => {
    const page = await search('/lo/search/', 'ແຂວງວຽງຈັນ');
    expect(await resultCount(page)).toBeGreaterThan(0);
    const hrefs = await page.locator('.search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/lo/partners/vientiane-province/');
    await page.close();
  });

  it('restores the same results from a shared search URL with filters', async () => {
    const path = '/en/search/?q=tea&type=opportunity';
    const first = await open(path);
    await first.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    const expected = await titles(first);
    expect(await first.locator('input[name="type"][value="opportunity"]').isChecked()).toBe(true);
    await first.reload();
    await first.locator('.search-results li').first().waitFor();
    expect(await titles(first)).toEqual(expected);
    await first.close();
  });

  it('offers English and Vietnamese results, with a language badge, when the reader’s language has none', async () => {
    const page = await search('/ko/search/', 'guillotined');
    const items = page.locator('.search-results li');
    await items.first().waitFor({ timeout: 15_000 });
    const found = await items.evaluateAll((lis) =>
      lis.map((li) => ({ lang: li.getAttribute('lang'), badge: li.querySelector('.lang-badge')?.textContent ?? '' })),
    );
    expect(found.length).toBeGreaterThan(0);
    // No Korean page says "guillotined": every result is a fallback, marked in Korean.
    for (const item of found) {
      expect(['en', 'vi']).toContain(item.lang);
      expect(item.badge).toMatch(/영어|베트남어/);
    }
    await page.close();
  });
});

describe('comparing opportunities', () => {
  it('shows two ticked opportunities side by side', async () => {
    const page = await open('/en/invest/opportunities/');
    const boxes = page.locator('.compare-toggle input');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator('[data-compare-open]').click();
    const table = page.locator('.compare-table');
    await table.waitFor();
    expect(await table.locator('thead th').count()).toBe(2);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
    await page.close();
  });
});

describe('comparison bar', () => {
  it('stays hidden until two opportunities are ticked', async () => {
    const page = await open('/vi/invest/opportunities/');
    expect(await page.locator('.compare-bar').isVisible()).toBe(false);
    await page.locator('.compare-toggle input').nth(0).check();
    expect(await page.locator('.compare-bar').isVisible()).toBe(false);
    await page.locator('.compare-toggle input').nth(1).check();
    expect(await page.locator('.compare-bar').isVisible()).toBe(true);
    await page.close();
  });
});
