import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { useBuiltSite } from '../support/site';

const { open } = useBuiltSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of every type; each is checked in every locale (fallback pages included). */
const pageTypes = [
  '/',
  '/{l}/',
  '/{l}/history/',
  '/{l}/history/yen-bai-uprising-1930/',
  '/{l}/history/nguyen-thai-hoc-and-yen-hoa-park/',
  '/{l}/partners/',
  '/{l}/partners/val-de-marne/',
  '/{l}/events/',
  '/{l}/events/val-de-marne-framework-agreement-2023/',
  '/{l}/press/fact-sheet/',
  '/{l}/contacts/',
  '/{l}/invest/',
  '/{l}/invest/sectors/agro-processing/',
  '/{l}/invest/opportunities/',
  '/{l}/invest/opportunities/dong-tam-urban-renewal-2019/',
  '/{l}/invest/zones/minh-quan-industrial-park/',
  '/{l}/search/?q=Y%C3%AAn+B%C3%A1i',
  '/{l}/404/',
];

async function violations(path: string, width: number) {
  const page = await open(path, width, { bypassCSP: true });
  if (path.includes('/search/')) await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  await page.close();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${path} [${width}px]: ${v.id} (${v.impact}) at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each(localeCodes)(
    '%s: no serious or critical violation on any page type',
    async (locale) => {
      const found: string[] = [];
      for (const template of pageTypes) {
        if (template === '/' && locale !== 'vi') continue;
        found.push(...(await violations(template.replace('{l}', locale), locale === 'en' ? 375 : 1280)));
      }
      expect(found).toEqual([]);
    },
    180_000,
  );
});
