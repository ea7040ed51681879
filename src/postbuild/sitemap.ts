import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuiltPageHead } from './builtPages';
import type { Logger } from '../util/logger';
import { sitemapXml } from './sitemapXml';

/**
 * Writes sitemap.xml and robots.txt from the built pages themselves. @astrojs/sitemap matches
 * alternates by path, which would list fallback pages as translations; reading each page's own
 * canonical and hreflang keeps the sitemap exactly as honest as the pages.
 */
export async function writeSitemap({
  site,
  origin,
  pages,
  logger,
}: {
  site: string;
  origin: string;
  pages: readonly BuiltPageHead[];
  logger: Logger;
}): Promise<void> {
  const xml = sitemapXml(pages, origin);
  await writeFile(join(site, 'sitemap.xml'), xml);
  await writeFile(join(site, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', origin).href}\n`);
  logger.info(`${(xml.match(/<loc>/g) ?? []).length} of ${pages.length} pages`);
}
