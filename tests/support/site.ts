import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/support/browser';
import { assertBuilt, distDir } from './dist';
import { serveStatic } from '../../scripts/support/staticServer';

/**
 * Serves dist/ on a free loopback port and starts Chromium for the tests of one file; both stop
 * after the file. `open()` loads a page of the built site as a visitor would.
 */
export function useBuiltSite() {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    assertBuilt();
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    /** `bypassCSP` lets a test inject its own tools (axe) into pages that forbid inline scripts. */
    async open(path: string, width = 1280, options: { bypassCSP?: boolean } = {}): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: options.bypassCSP ?? false });
      await page.goto(`${server.url}${path}`);
      return page;
    },
  };
}
