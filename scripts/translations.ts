/**
 * `npm run translations [-- --json]`: for every entry and language, whether the translation is
 * missing, outdated (its Vietnamese source changed after it) or up to date, from git history.
 */
import { parseArgs } from 'node:util';
import { localeCodes } from '../src/i18n/locales';
import { contentDir } from '../src/config/contentDir';
import { readGitHistory } from '../src/editorial/gitHistory';
import { translationStatus } from '../src/editorial/translationStatus';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const history = readGitHistory(contentDir);
const rows = translationStatus(contentDir, history);
const day = (d?: Date) => d?.toISOString().slice(0, 10) ?? '';

if (values.json) {
  console.log(JSON.stringify({ shallow: history.shallow, gitAvailable: history.available, rows }, null, 2));
  process.exit(0);
}

if (!history.available) console.warn('No git history here: every translation shows as "uncommitted".\n');
if (history.shallow) {
  console.warn('This is a shallow clone: only the newest commits are known, so a translation may show as up to date when');
  console.warn('its source changed earlier. Run `git fetch --unshallow` for exact results.\n');
}

const mark = { source: 'vi', missing: '·', outdated: 'OLD', 'up-to-date': 'ok', uncommitted: 'new' } as const;
const entries = [...new Set(rows.map((r) => `${r.collection}/${r.slug}`))];
const width = Math.max(...entries.map((e) => e.length), 10);
console.log(`${'entry'.padEnd(width)}  ${localeCodes.map((l) => l.padStart(4)).join('')}`);
for (const entry of entries) {
  const cells = localeCodes.map((l) => mark[rows.find((r) => `${r.collection}/${r.slug}` === entry && r.locale === l)!.state].padStart(4));
  console.log(`${entry.padEnd(width)}  ${cells.join('')}`);
}
const outdated = rows.filter((r) => r.state === 'outdated');
console.log(`\nok = up to date · OLD = outdated · new = not committed yet · · = missing`);
const count = (state: string) => rows.filter((r) => r.state === state).length;
console.log(`${count('up-to-date')} up to date, ${outdated.length} outdated, ${count('uncommitted')} not committed, ${count('missing')} missing.`);
for (const row of outdated) {
  console.log(`  OLD ${row.collection}/${row.slug}/${row.locale}.mdx: translated ${day(row.translated)}, Vietnamese changed ${day(row.sourceChanged)}`);
}
