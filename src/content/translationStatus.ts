import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localeCodes, sourceLocale, type Locale } from '../i18n/locales';
import type { GitHistory } from './gitHistory';

export type TranslationState = 'source' | 'missing' | 'outdated' | 'up-to-date' | 'uncommitted';

export interface TranslationRow {
  collection: string;
  slug: string;
  locale: Locale;
  state: TranslationState;
  /** Last change of the translation (what the reader gets). */
  translated?: Date;
  /** Last change of the Vietnamese source. */
  sourceChanged?: Date;
}

/**
 * The state of every translation: missing, outdated (the vi file changed in a later commit than
 * the translation) or up to date. Files not yet committed are reported as such.
 * @param contentDir the content folder, relative to `root`
 * @param root the folder `history` was read from (default: the working directory)
 */
export function translationStatus(contentDir: string, history: GitHistory, root = process.cwd()): TranslationRow[] {
  const rows: TranslationRow[] = [];
  for (const collection of readdirSync(resolve(root, contentDir)).filter((c) => c !== 'data').sort()) {
    for (const slug of readdirSync(resolve(root, contentDir, collection)).sort()) {
      const fileOf = (locale: Locale) => join(contentDir, collection, slug, `${locale}.mdx`);
      const exists = (locale: Locale) => existsSync(resolve(root, fileOf(locale)));
      if (!exists(sourceLocale)) continue;
      const sourceChanged = history.lastChange.get(fileOf(sourceLocale));
      for (const locale of localeCodes) {
        const row: TranslationRow = { collection, slug, locale, state: 'missing' };
        if (locale === sourceLocale) row.state = 'source';
        else if (exists(locale)) {
          const translated = history.lastChange.get(fileOf(locale));
          row.translated = translated;
          row.sourceChanged = sourceChanged;
          if (!translated || !sourceChanged) row.state = 'uncommitted';
          else row.state = sourceChanged > translated ? 'outdated' : 'up-to-date';
        }
        rows.push(row);
      }
    }
  }
  return rows;
}
