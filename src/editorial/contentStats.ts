import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, localeToLang, type Locale } from '../i18n/locales';
import { splitFrontmatter } from './frontmatter';

/** One language file of one entry, with the size of its text. */
export interface FileStats {
  collection: string;
  slug: string;
  locale: Locale;
  words: number;
  body: string;
}

/**
 * Counts the words of an MDX body as a reader sees them: Markdown markup, link targets and tables'
 * pipes are not words. Scripts without spaces (ja, zh, lo) are segmented with Intl.Segmenter.
 * @example countWords('## Title\n\nTwo [words](/x/).', 'en') // 3
 */
export function countWords(body: string, locale: Locale): number {
  const text = body.replace(/\]\([^)]*\)/g, ']').replace(/[#*_>|`[\]-]+/g, ' ');
  const segmenter = new Intl.Segmenter(localeToLang(locale), { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** Every language file under `contentDir`, with its word count. */
export function collectStats(contentDir: string): FileStats[] {
  const stats: FileStats[] = [];
  for (const collection of readdirSync(contentDir)) {
    const dir = join(contentDir, collection);
    if (collection === 'data' || !existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      for (const locale of localeCodes) {
        const file = join(dir, slug, `${locale}.mdx`);
        if (!existsSync(file)) continue;
        const body = splitFrontmatter(readFileSync(file, 'utf8'))?.body ?? '';
        stats.push({ collection, slug, locale, words: countWords(body, locale), body });
      }
    }
  }
  return stats;
}
