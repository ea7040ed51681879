import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

const { open } = useBuiltSite();

/** Opens a page, collects every request it makes and every CSP violation or console error. */
async function visit(path: string, act?: (page: Awaited<ReturnType<typeof open>>) => Promise<void>) {
  const page = await open('/favicon.svg');
  const origin = new URL(page.url()).origin;
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    // Failed loads are reported with their address by the response handler above.
    if (/Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  if (act) await act(page);
  await page.close();
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  return { foreign, problems };
}

describe('privacy and content security policy', () => {
  it.each(['/vi/', '/en/history/yen-bai-uprising-1930/', '/en/invest/opportunities/dong-tam-urban-renewal-2019/', '/lo/partners/vientiane-province/'])(
    '%s requests nothing from another origin and breaks no CSP rule',
    async (path) => {
      const { foreign, problems } = await visit(path);
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  it('runs a search, with Pagefind’s WebAssembly and worker, without any CSP violation', async () => {
    const { foreign, problems } = await visit('/en/search/', async (page) => {
      await page.locator('#search-q').fill('Thác Bà');
      await page.locator('.search-form button[type="submit"]').click();
      await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
      await page.locator('input[name="type"]').first().check();
      await page.waitForTimeout(300);
    });
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('sets a CSP without unsafe-inline scripts on every page', async () => {
    const page = await open('/en/');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    await page.close();
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
  });
});
