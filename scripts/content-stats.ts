/**
 * Prints what the foreign-information database holds: entries per collection and language, and the
 * words per language (total and shortest entry). Usage: npm run stats
 */
import { resolve } from 'node:path';
import { localeCodes } from '../src/i18n/locales';
import { contentDir } from '../src/config/contentDir';
import { collectStats } from '../src/editorial/contentStats';

const stats = collectStats(resolve(contentDir));
const collections = [...new Set(stats.map((s) => s.collection))].sort();
const pad = (value: string | number, width: number) => String(value).padStart(width);

console.log(`Entries per collection and language (${contentDir}/)\n`);
console.log(`${'collection'.padEnd(14)}${localeCodes.map((l) => pad(l, 6)).join('')}`);
for (const collection of collections) {
  const row = localeCodes.map((l) => pad(stats.filter((s) => s.collection === collection && s.locale === l).length, 6));
  console.log(`${collection.padEnd(14)}${row.join('')}`);
}
console.log('\nWords per language (articles): total, shortest entry\n');
for (const locale of localeCodes) {
  const files = stats.filter((s) => s.collection === 'articles' && s.locale === locale);
  if (files.length === 0) continue;
  const total = files.reduce((sum, s) => sum + s.words, 0);
  const shortest = files.reduce((min, s) => (s.words < min.words ? s : min));
  console.log(`${locale}  ${pad(files.length, 3)} articles  ${pad(total, 7)} words  shortest ${pad(shortest.words, 5)} (${shortest.slug})`);
}
