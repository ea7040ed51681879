import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, sourceLocale } from '../i18n/locales';
import { entryPath } from '../lib/entryPath';
import { isPublished } from '../lib/publishing';
import { entryCollections, type EntryCollectionName } from '../schemas/registry';
import { parseFrontmatter } from './frontmatter';

/**
 * Old addresses of renamed entries (`redirectFrom` in vi.mdx) and where they lead now, in every
 * locale: `{ '/en/history/old-slug/': '/en/history/new-slug/' }`. Read from the files directly
 * because Astro needs the map in its configuration, before collections load. Unpublished entries
 * get no redirects, so an old address never leads to a page that does not exist.
 */
export function contentRedirects(contentDir: string, now = new Date()): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const collection of Object.keys(entryCollections) as EntryCollectionName[]) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, `${sourceLocale}.mdx`);
      if (!existsSync(file)) continue;
      const facts = parseFrontmatter(readFileSync(file, 'utf8'))?.data ?? {};
      const oldSlugs = Array.isArray(facts.redirectFrom) ? (facts.redirectFrom as string[]) : [];
      const publishDate = facts.publishDate ? new Date(String(facts.publishDate)) : undefined;
      if (oldSlugs.length === 0 || !isPublished({ draft: facts.draft === true, publishDate }, now)) continue;
      for (const old of oldSlugs) {
        for (const locale of localeCodes) {
          redirects[entryPath({ collection, slug: old, facts }, locale)] = entryPath({ collection, slug, facts }, locale);
        }
      }
    }
  }
  return redirects;
}
