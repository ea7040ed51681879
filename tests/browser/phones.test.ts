import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/site';

const { open } = useBuiltSite();
const phone = 375;

const visibleSections = (page: Page) => page.locator('.phone-nav a').filter({ visible: true }).count();

describe('the header on a phone (375 px)', () => {
  it('is compact, stays at the top while the reader scrolls, and hides the desktop strip', async () => {
    const page = await open('/en/tourism/plan-your-trip/', phone, { javaScript: false });
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect.poll(async () => (await header.boundingBox())!.y).toBe(0);
    // Nothing wider than the screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone);
    await page.close();
  });

  it('opens the menu of every section without JavaScript, and its links lead there', async () => {
    const page = await open('/fr/', phone, { javaScript: false });
    expect(await visibleSections(page)).toBe(0);
    await page.locator('.phone-menu summary').click();
    const sections = await page.locator('.phone-nav a').allInnerTexts();
    expect(await visibleSections(page)).toBe(sections.length);
    expect(sections).toEqual(expect.arrayContaining(['Investir', 'Contacts']));
    // Every link of the menu fits on the screen.
    for (const box of await page.locator('.phone-nav a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(phone);
    }
    await page.locator('.phone-nav a', { hasText: 'Investir' }).click();
    await page.waitForURL('**/fr/invest/');
    await page.locator('.phone-menu summary').click();
    expect(await page.locator('.phone-nav a[aria-current="page"]').innerText()).toBe('Investir');
    await page.close();
  });

  it('with JavaScript, closes the menu on Escape (focus back on its button) and keeps one disclosure open at a time', async () => {
    const page = await open('/en/', phone);
    const menu = page.locator('.phone-menu');
    await page.locator('.phone-menu summary').click();
    await expect.poll(() => visibleSections(page)).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('.phone-menu') !== null)).toBe(true);

    await page.locator('.phone-menu summary').click();
    await page.locator('.lang-switcher summary').click();
    await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await page.locator('main').click({ position: { x: 10, y: 300 } });
    await expect.poll(() => page.locator('.lang-switcher').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await page.close();
  });

  it('keeps the section strip on a wide screen, with every section in view', async () => {
    const page = await open('/en/', 1280);
    expect(await page.locator('.phone-menu').isVisible()).toBe(false);
    const strip = page.locator('.main-nav a');
    for (const right of await strip.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().right))) {
      expect(right).toBeLessThanOrEqual(1280);
    }
    await page.close();
  });
});

describe('long pages on a phone', () => {
  it('give a long article a table of contents whose links reach their sections', async () => {
    const page = await open('/en/tourism/plan-your-trip/', phone, { javaScript: false });
    const links = page.locator('nav.toc a');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const target of targets) expect(await page.locator(target).count()).toBe(1);
    // A section reached from the contents is not hidden under the sticky header.
    await links.nth(2).click();
    const heading = page.locator(targets[2]!);
    const header = (await page.locator('.site-header').boundingBox())!;
    await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(header.height);
    await page.close();
  });

  it('end with a link back to the top', async () => {
    const page = await open('/en/tourism/plan-your-trip/', phone, { javaScript: false });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('.back-to-top').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });

  it('never start a wrapped line of breadcrumbs with a separator', async () => {
    const page = await open('/en/tourism/plan-your-trip/', phone, { javaScript: false });
    const crumbs = page.locator('.breadcrumbs li');
    expect(await crumbs.count()).toBe(3);
    const lines = await crumbs.evaluateAll((items) =>
      items.map((li) => ({
        before: getComputedStyle(li, '::before').content,
        after: getComputedStyle(li, '::after').content,
        top: li.getBoundingClientRect().top,
      })),
    );
    // The title wraps below the first crumbs here; the separator ends the line before it.
    expect(lines[2]!.top).toBeGreaterThan(lines[0]!.top);
    expect(lines.map((l) => l.before)).toEqual(['none', 'none', 'none']);
    expect(lines.map((l) => l.after)).toEqual(['"›"', '"›"', 'none']);
    await page.close();
  });
});
