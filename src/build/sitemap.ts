import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapBuiltPages } from '../lib/builtPages';
import type { Logger } from '../lib/openGraph/write';
import { readPageHead, sitemapXml } from '../lib/sitemap';

/**
 * Writes sitemap.xml and robots.txt from the built pages themselves. @astrojs/sitemap matches
 * alternates by path, which would list fallback pages as translations; reading each page's own
 * canonical and hreflang keeps the sitemap exactly as honest as the pages.
 */
export async function writeSitemap({ site, origin, logger }: { site: string; origin: string; logger: Logger }): Promise<void> {
  const pages = await mapBuiltPages(site, (html, path) => readPageHead(html, new URL(path, origin).href));
  const xml = sitemapXml(pages);
  await writeFile(join(site, 'sitemap.xml'), xml);
  await writeFile(join(site, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', origin).href}\n`);
  logger.info(`${(xml.match(/<loc>/g) ?? []).length} of ${pages.length} pages`);
}
