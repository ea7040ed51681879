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
    /** The address the built site is served at, e.g. for printing a page to PDF. */
    url: (path: string) => `${server.url}${path}`,
    /**
     * `bypassCSP` lets a test inject its own tools (axe) into pages that forbid inline scripts;
     * `javaScript: false` opens the page as a reader without JavaScript meets it.
     */
    async open(path: string, width = 1280, options: { bypassCSP?: boolean; javaScript?: boolean } = {}): Promise<Page> {
      const page = await browser.newPage({
        viewport: { width, height: width < 600 ? 800 : 900 },
        bypassCSP: options.bypassCSP ?? false,
        javaScriptEnabled: options.javaScript ?? true,
      });
      await page.goto(`${server.url}${path}`);
      return page;
    },
  };
}
