import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/translator';
import { useBuiltSite } from '../support/site';

const { open } = useBuiltSite();

describe('language switcher', () => {
  it('leads to the same article in the chosen language', async () => {
    const page = await open('/en/history/yen-bai-uprising-1930/');
    await page.locator('.lang-switcher summary').click();
    await page.locator('.lang-switcher a[hreflang="fr"]').click();
    await page.waitForURL('**/fr/history/yen-bai-uprising-1930/');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.notice-fallback').count()).toBe(0);
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await open('/en/culture/', 375);
    await page.locator('.lang-switcher summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lang-switcher a[hreflang="ja"]').isVisible()).toBe(true);
    await page.locator('.lang-switcher a[hreflang="ja"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/ja/culture/');
    await page.close();
  });

  it('marks the languages that only have a fallback', async () => {
    const page = await open('/en/history/nguyen-thai-hoc-and-yen-hoa-park/');
    await page.locator('.lang-switcher summary').click();
    const lao = page.locator('.lang-switcher a[hreflang="lo"]');
    expect(await lao.getAttribute('data-fallback')).toBe('true');
    // The tag is written in the language it is about, for the reader who reads that language.
    expect(await lao.locator('.lang-fallback').innerText()).toBe(uiStrings.lo['lang.fallbackOnly']);
    expect(await lao.locator('.lang-fallback').getAttribute('lang')).toBe('lo');
    await page.close();
  });
});

describe('fallback notice', () => {
  it('tells a Lao reader the page is shown in English and links to the real translations', async () => {
    const page = await open('/lo/history/nguyen-thai-hoc-and-yen-hoa-park/', 375);
    const notice = page.locator('[data-fallback-notice]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('lo');
    expect(await page.locator('article.entry .prose').getAttribute('lang')).toBe('en');
    expect(await page.locator('article.entry h1').getAttribute('lang')).toBe('en');
    const available = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(available).toEqual(['/vi/history/nguyen-thai-hoc-and-yen-hoa-park/', '/en/history/nguyen-thai-hoc-and-yen-hoa-park/']);
    await page.close();
  });
});

describe('search', () => {
  async function search(path: string, query: string) {
    const page = await open(path);
    await page.locator('#search-q').fill(query);
    await page.locator('.search-form button[type="submit"]').click();
    await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    const titles = await page.locator('.search-results li a').allInnerTexts();
    return { page, titles };
  }

  it('tells the portal’s own server, once the reader stops typing, that a search found nothing', async () => {
    const page = await open('/fr/search/');
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await page.locator('#search-q').fill('qzxwv');
    await page.locator('.search-form button[type="submit"]').click();
    const recorded = await page.waitForRequest((request) => request.url().includes('/nothing-found.txt'), { timeout: 15_000 });
    const url = new URL(recorded.url());
    expect(url.origin).toBe(new URL(page.url()).origin);
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'fr', q: 'qzxwv' });
    expect(await recorded.headerValue('cookie')).toBeNull();
    // Once per search, not once per key pressed.
    expect(asked.filter((u) => u.includes('/nothing-found.txt'))).toHaveLength(1);
    await page.close();
  });

  it('finds English articles from the English search page', async () => {
    const { page, titles } = await search('/en/search/', 'terraced fields');
    expect(titles.join('\n')).toMatch(/Mù Cang Chải/);
    await page.close();
  });

  it('finds Vietnamese articles from the Vietnamese search page', async () => {
    const { page, titles } = await search('/vi/search/', 'khởi nghĩa');
    expect(titles.join('\n')).toMatch(/Khởi nghĩa Yên Bái/i);
    await page.close();
  });
});

describe('search across languages', () => {
  it('shows a French reader the English page on Tà Chì Nhù, with its language badge, at its French address', async () => {
    const page = await open('/fr/search/');
    await page.locator('#search-q').fill('Tà Chì Nhù');
    await page.locator('.search-form button[type="submit"]').click();
    const hit = page.locator('.search-results li', { has: page.locator('a[href="/fr/tourism/ta-chi-nhu-peak/"]') });
    await hit.waitFor({ timeout: 15_000 });
    expect(await hit.getAttribute('lang')).toBe('en');
    expect(await hit.locator('.lang-badge').innerText()).toMatch(/anglais/i);
    // The badge is written in the reader's language, not the result's.
    expect(await hit.locator('.result-type').getAttribute('lang')).toBe('fr');
    await page.close();
  });
});
