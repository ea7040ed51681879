import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Logger } from '../util/logger';

/**
 * Builds the Pagefind search index into <site>/pagefind/. Pagefind makes one index per
 * `<html lang>`; only elements marked `data-pagefind-body` (real translations, not fallbacks) are
 * indexed, so a fallback's English text never lands in the Japanese index.
 * @returns the number of pages indexed
 */
export async function buildSearchIndex(site: string, logger: Logger): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  logger.info(`search index: ${added.page_count} pages`);
  return added.page_count;
}
