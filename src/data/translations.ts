import { contentDir } from '../config/contentDir';
import type { GitHistory } from '../editorial/gitHistory';
import { translationStatus, type TranslationRow } from '../editorial/translationStatus';
import { entryCollections, type EntryCollectionName } from '../schemas/registry';
import { contentHistory, getEntries } from './entries';

/**
 * The translation status of every published entry (the same rows as `npm run translations`), and
 * what the history it comes from is worth: none in a build from an archive, partial in a shallow
 * clone. Drafts and embargoed entries are left out, as from every file of the public build.
 */
export async function publishedTranslationStatus(): Promise<{ rows: TranslationRow[]; history: Pick<GitHistory, 'available' | 'shallow'> }> {
  const history = contentHistory();
  const entries = await Promise.all((Object.keys(entryCollections) as EntryCollectionName[]).map((c) => getEntries(c)));
  const published = new Set(entries.flat().map((e) => `${e.collection}/${e.slug}`));
  const rows = translationStatus(contentDir, history).filter((r) => published.has(`${r.collection}/${r.slug}`));
  return { rows, history };
}
