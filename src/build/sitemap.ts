import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageHead, sitemapXml } from '../lib/sitemap';

/**
 * Writes sitemap.xml and robots.txt from the built pages themselves. @astrojs/sitemap matches
 * alternates by path, which would list fallback pages as translations; reading each page's own
 * canonical and hreflang keeps the sitemap exactly as honest as the pages.
 */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'portal:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('Set `site` in astro.config.ts: the sitemap needs absolute URLs.');
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        const pages = await Promise.all(
          files.map(async (file) => {
            const path = `/${relative(root, join(root, file)).split(sep).join('/')}`.replace(/index\.html$/, '');
            return readPageHead(await readFile(join(root, file), 'utf8'), new URL(path, site).href);
          }),
        );
        const xml = sitemapXml(pages);
        await writeFile(join(root, 'sitemap.xml'), xml);
        await writeFile(join(root, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`);
        logger.info(`sitemap: ${(xml.match(/<loc>/g) ?? []).length} of ${pages.length} pages`);
      },
    },
  };
}
