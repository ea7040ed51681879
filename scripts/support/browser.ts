import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

// Flags for a closed network: without them Chromium keeps trying to reach Google's services.
const quietFlags = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Finds a Chromium without downloading one: $CHROME_PATH, else a system Chromium, else the one
 * shipped inside the @sparticuz/chromium npm package (installed by `npm ci`).
 */
export async function chromiumLaunchOptions(): Promise<LaunchOptions & { executablePath: string }> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, args: ['--no-sandbox', ...quietFlags], headless: true };
  }
  const system = systemChromiums.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: ['--no-sandbox', '--disable-gpu', ...quietFlags], headless: true };
  const packaged = (await import('@sparticuz/chromium')).default;
  // --single-process suits one-shot serverless runs, but there closing a page ends the browser.
  const args = packaged.args.filter((arg) => arg !== '--single-process');
  return { executablePath: await packaged.executablePath(), args: [...args, ...quietFlags], headless: true };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(await chromiumLaunchOptions());
}
