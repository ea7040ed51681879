/**
 * `npm run translations [-- --json]`: for every entry and language, whether the translation is
 * missing, outdated (its Vietnamese source changed after it) or up to date, from git history.
 *
 * For translators' tools (docs/translating-with-cat-tools.md):
 *   --export <lang> [--only missing|outdated] [--out file.xlf]   XLIFF 1.2 of the entries to translate
 *            [--prefill]                                         the source in every empty target (OmegaT)
 *   --import file.xlf                                            writes the translations into content/
 *   --glossary [--out file.tbx]                                  the names of docs/glossary.md as TBX
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale, localeCodes, sourceLocale } from '../src/i18n/locales';
import { contentDir } from '../src/config/contentDir';
import { readGitHistory } from '../src/editorial/gitHistory';
import { translationStatus } from '../src/editorial/translationStatus';
import { buildExport, type EntryRef } from '../src/editorial/xliff/exportXliff';
import { importXliff } from '../src/editorial/xliff/importXliff';
import { writeXliff, XliffFormatError } from '../src/editorial/xliff/xliffFile';
import { formatProblems } from '../src/editorial/problems';
import { glossaryTbx } from '../src/editorial/glossary/glossaryTbx';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    export: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
    import: { type: 'string' },
    glossary: { type: 'boolean', default: false },
    prefill: { type: 'boolean', default: false },
  },
});

/** Stops with a message in the house style: what happened, then how to fix it. */
function fail(title: string, fix: string): never {
  console.error(`${title}\n  Fix: ${fix}`);
  process.exit(1);
}

const translated = localeCodes.filter((l) => l !== sourceLocale);

if (values.glossary) {
  const tbx = glossaryTbx(readFileSync('docs/glossary.md', 'utf8'));
  if (values.out) {
    writeFileSync(values.out, tbx);
    console.log(`Wrote ${values.out}: the names of docs/glossary.md in ${localeCodes.length} languages (TBX).`);
  } else process.stdout.write(tbx);
  process.exit(0);
}

if (values.export !== undefined) {
  const locale = values.export;
  if (!isLocale(locale) || locale === sourceLocale) {
    fail(`Cannot export "${locale}"`, `name a language to translate into: ${translated.join(', ')}.`);
  }
  if (values.only !== undefined && values.only !== 'missing' && values.only !== 'outdated') {
    fail(`Unknown --only ${values.only}`, 'write --only missing (entries without a translation) or --only outdated (translations older than their source).');
  }
  const rows = translationStatus(contentDir, readGitHistory(contentDir)).filter((r) => r.locale === locale);
  const chosen: EntryRef[] = rows
    .filter((r) => (values.only === 'missing' ? r.state === 'missing' : values.only === 'outdated' ? r.state === 'outdated' : true))
    .map((r) => ({ collection: r.collection as EntryRef['collection'], slug: r.slug }));
  const { doc, notices } = buildExport(contentDir, locale, chosen, { prefill: values.prefill });
  const xml = await writeXliff(doc);
  const units = doc.entries.reduce((n, e) => n + e.units.length, 0);
  const summary = `${doc.entries.length} entries, ${units} units, from ${sourceLocale} into ${locale}${values.only ? ` (${values.only} only)` : ''}`;
  for (const notice of notices) console.warn(`  ${notice.entry}: ${notice.message}`);
  if (values.out) {
    writeFileSync(values.out, xml);
    console.log(`Wrote ${values.out}: ${summary}. Translate it in any CAT tool, then: npm run translations -- --import <file>`);
  } else {
    process.stdout.write(xml);
    console.error(summary);
  }
  process.exit(0);
}

if (values.import !== undefined) {
  let result;
  try {
    result = await importXliff(readFileSync(values.import, 'utf8'), contentDir, process.cwd());
  } catch (error) {
    if (error instanceof XliffFormatError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      fail(
        `Cannot import ${values.import}: ${(error as Error).message}`,
        'import the .xlf file the export wrote, as your translation tool saved it (XLIFF 1.2).',
      );
    }
    throw error;
  }
  if (result.stale.length > 0) {
    console.error(`Nothing imported: the Vietnamese text of ${result.stale.length} entries changed since ${values.import} was exported.`);
    for (const stale of result.stale) {
      console.error(`  ${stale.entry}: ${stale.reason ?? stale.units.map((u) => `${u.id} (${u.change})`).join(', ')}`);
    }
    fail(
      'The translation would no longer match its source.',
      `export the changed entries again (npm run translations -- --export ${result.locale} --only outdated), translate them with the help of your translation memory, and import the new file.`,
    );
  }
  for (const file of result.written) console.log(`  wrote ${file}`);
  if (result.unchanged.length) console.log(`  ${result.unchanged.length} files unchanged (their translation is already what the file carries)`);
  if (result.untranslated.length) console.log(`  ${result.untranslated.length} entries not translated in the file: left as they are`);
  for (const { entry, units } of result.incomplete) {
    console.warn(`  ${entry}: not written, ${units.length} units still untranslated (${units.join(', ')})`);
  }
  console.log(`Imported ${result.written.length} ${result.locale} files from ${values.import}.`);
  if (result.problems.length > 0) {
    console.error(`\n${formatProblems(result.problems)}`);
    if (result.problems.some((p) => p.severity !== 'warning')) process.exit(1);
  }
  process.exit(result.incomplete.length > 0 ? 1 : 0);
}

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
