import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localeCodes, sourceLocale, type Locale } from '../i18n/locales';
import type { EntryCollectionName } from '../schemas/registry';
import type { GitHistory } from './gitHistory';
import { sourceWordsChangedSince } from './sourceWords';

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
 * Outdated means the words or text of the vi file changed in a later commit than the translation;
 * a change of language-neutral facts alone (which translations inherit) does not count.
 */
export function translationState(
  viPath: string,
  translated: Date | undefined,
  sourceChanged: Date | undefined,
  collection: EntryCollectionName,
  root = process.cwd(),
): 'outdated' | 'up-to-date' | 'uncommitted' {
  if (!translated || !sourceChanged) return 'uncommitted';
  if (sourceChanged <= translated) return 'up-to-date';
  return sourceWordsChangedSince(viPath, translated, collection, root) ? 'outdated' : 'up-to-date';
}

/**
 * The state of every translation: missing, outdated (the vi file changed in a later commit than
 * the translation) or up to date. Files not yet committed are reported as such.
 * @param contentDir the content folder, relative to `root`
 * @param root the folder `history` was read from (default: the working directory)
 */
export function translationStatus(contentDir: string, history: GitHistory, root = process.cwd()): TranslationRow[] {
  const rows: TranslationRow[] = [];
  for (const collection of readdirSync(resolve(root, contentDir))
    .filter((c) => c !== 'data')
    .sort()) {
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
          row.state = translationState(fileOf(sourceLocale), translated, sourceChanged, collection as EntryCollectionName, root);
        }
        rows.push(row);
      }
    }
  }
  return rows;
}
