import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { localeCodes, localeToLang, sourceLocale, type Locale } from '../../i18n/locales';
import { entryCollections, type EntryCollectionName } from '../../schemas/registry';
import { parseFrontmatter, splitFrontmatter } from '../frontmatter';
import type { ContentProblem } from '../problems';
import { checkContent } from '../validateContent';
import { readEntryUnits, sameStructure, type EntryUnit } from './entryUnits';
import { comparable, inlineText, inlineToMarkdown, localizeCodeData, type Inline } from './inline';
import { readXliff, XliffFormatError, type XliffEntry } from './xliffFile';

/** An entry of the file whose source is no longer the current vi.mdx: the import writes nothing. */
interface StaleEntry {
  entry: string;
  /** The units that changed, appeared or went away, with what happened to each. */
  units: { id: string; change: 'changed' | 'new in vi.mdx' | 'gone from vi.mdx' }[];
  /** Set when the whole entry is gone or unreadable. */
  reason?: string;
}

/** What an import did. */
export interface ImportResult {
  locale: Locale;
  /** Files written (paths relative to `root`). */
  written: string[];
  /** Files whose translation was already exactly what the file carries. */
  unchanged: string[];
  /** Entries of the file with no translation in it (left as they are). */
  untranslated: string[];
  /** Entries translated in part: not written, with the units still to translate. */
  incomplete: { entry: string; units: string[] }[];
  /** Entries whose source changed since the export: when any, nothing is written. */
  stale: StaleEntry[];
  /** What `npm run check` says about the files written (problems and warnings). */
  problems: ContentProblem[];
}

/** The language a tool wrote as the file's target (`fr`, `fr-FR`, `zh-Hans`, `ZH-CN`…). */
function localeOf(tag: string): Locale | undefined {
  const lower = tag.toLowerCase();
  return localeCodes.find((l) => localeToLang(l).toLowerCase() === lower || l === lower) ?? localeCodes.find((l) => l === lower.split(/[-_]/)[0]);
}

/**
 * Imports a translated XLIFF file into the content: for each entry, writes or updates its
 * `<lang>.mdx`, keeping the structure of vi.mdx (everything around the translated text comes from
 * vi.mdx, or from the existing translation when it follows vi.mdx block by block). Refuses the whole
 * file, writing nothing, when an entry's source text is no longer the current vi.mdx. Then runs the
 * content check and returns what it says about the files written.
 * @param root the folder file paths are reported relative to (the project)
 */
export async function importXliff(xml: string, contentDir: string, root = join(contentDir, '..')): Promise<ImportResult> {
  const doc = await readXliff(xml);
  const locale = localeOf(doc.targetLanguage);
  if (!locale || locale === sourceLocale) {
    throw new XliffFormatError(
      `the file's target language is "${doc.targetLanguage}"; the portal translates ${sourceLocale} into ${localeCodes.filter((l) => l !== sourceLocale).join(', ')}`,
    );
  }
  const result: ImportResult = { locale, written: [], unchanged: [], untranslated: [], incomplete: [], stale: [], problems: [] };
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const plans: { file: string; text: string }[] = [];

  const sources = new Map<string, { collection: EntryCollectionName; slug: string; vi: string; units: EntryUnit[] }>();
  for (const entry of doc.entries) {
    const [collection = '', slug = '', ...rest] = entry.entry.split('/');
    const viFile = join(contentDir, collection, slug, `${sourceLocale}.mdx`);
    if (!(collection in entryCollections) || !slug || rest.length > 0 || !existsSync(viFile)) {
      result.stale.push({ entry: entry.entry, units: [], reason: `there is no entry content/${entry.entry}/ any more` });
      continue;
    }
    const vi = readFileSync(viFile, 'utf8');
    let units: EntryUnit[];
    try {
      units = readEntryUnits(vi, collection as EntryCollectionName);
    } catch (error) {
      result.stale.push({ entry: entry.entry, units: [], reason: `${rel(viFile)} cannot be read: ${(error as Error).message}` });
      continue;
    }
    const stale = compareSources(entry, units);
    if (stale.length > 0) result.stale.push({ entry: entry.entry, units: stale });
    sources.set(entry.entry, { collection: collection as EntryCollectionName, slug, vi, units });
  }
  if (result.stale.length > 0) return result;

  for (const entry of doc.entries) {
    const { collection, slug, vi, units } = sources.get(entry.entry)!;
    const file = join(contentDir, collection, slug, `${locale}.mdx`);
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const current = alignedUnits(existing, units, collection);
    // A target that is the source again is no translation, unless the translation already says so.
    const targets = new Map(
      entry.units.filter((u) => u.target && (!copiedSource(u.source, u.target) || current?.get(u.id) === comparable(u.target))).map((u) => [u.id, u.target!]),
    );
    if (targets.size === 0 || units.every((unit) => !targets.has(unit.id) || comparable(targets.get(unit.id)!) === comparable(unit.parts))) {
      result.untranslated.push(entry.entry);
      continue;
    }
    const missing = units.filter((unit) => !targets.has(unit.id)).map((unit) => unit.id);
    if (missing.length > 0) {
      result.incomplete.push({ entry: entry.entry, units: missing });
      continue;
    }
    const localized = new Map([...targets].map(([id, parts]) => [id, localize(parts, locale)]));
    const text = composeTranslation(vi, units, localized, existing, collection);
    if (text === existing) result.unchanged.push(rel(file));
    else plans.push({ file, text });
  }

  for (const plan of plans) {
    writeFileSync(plan.file, plan.text);
    result.written.push(rel(plan.file));
  }
  if (plans.length > 0) {
    const written = new Set(result.written);
    const { problems, warnings } = await checkContent(contentDir, root);
    result.problems = [...problems, ...warnings].filter((p) => written.has(p.file));
  }
  return result;
}

/**
 * A target that is its source again, in a sentence of more than three words: OmegaT's own filter
 * and files prepared for it carry the source in every untranslated target, so such a target is
 * no translation (a name or a figure, in a table cell, may stay as it is).
 */
function copiedSource(source: readonly Inline[], target: readonly Inline[]): boolean {
  return comparable(source) === comparable(target) && inlineText(source).split(/\s+/).length > 3;
}

/** The units of the current translation by id (as comparable text), when it follows vi.mdx unit by unit. */
function alignedUnits(existing: string | undefined, units: readonly EntryUnit[], collection: EntryCollectionName): Map<string, string> | undefined {
  if (existing === undefined) return undefined;
  try {
    const current = readEntryUnits(existing, collection);
    return sameStructure(units, current) ? new Map(current.map((u) => [u.id, comparable(u.parts)])) : undefined;
  } catch {
    return undefined;
  }
}

/** The units of an entry of the file whose source is not the current vi.mdx. */
function compareSources(entry: XliffEntry, units: readonly EntryUnit[]): StaleEntry['units'] {
  const inFile = new Map(entry.units.map((u) => [u.id, u]));
  const current = new Set(units.map((u) => u.id));
  return [
    ...units.flatMap((unit): StaleEntry['units'] => {
      const exported = inFile.get(unit.id);
      if (!exported) return [{ id: unit.id, change: 'new in vi.mdx' }];
      return comparable(exported.source) === comparable(unit.parts) ? [] : [{ id: unit.id, change: 'changed' }];
    }),
    ...entry.units.filter((u) => !current.has(u.id)).map((u) => ({ id: u.id, change: 'gone from vi.mdx' as const })),
  ];
}

/** A translation's codes with the portal's links moved to its language. */
function localize(parts: readonly Inline[], locale: Locale): Inline[] {
  return parts.map((part) => (typeof part === 'string' ? part : { ...part, data: localizeCodeData(part.data, locale) }));
}

/** A YAML value for a field, as the portal's files write it (quoted only when YAML needs it). */
function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/** A field's translation on one line: a title or a description has no line breaks. */
const fieldText = (parts: readonly Inline[]) =>
  inlineToMarkdown(parts)
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/**
 * The text of the translation file. When the current translation follows vi.mdx unit by unit, only
 * the units whose text differs are replaced in it (so its own notes, such as accepted warnings, and
 * its way of writing YAML stay, and a file imported unchanged keeps every byte). Otherwise the file
 * is written anew from vi.mdx: its word fields and its body, with each unit's text translated and
 * everything else (list markers, tables, components) as in vi.mdx.
 */
function composeTranslation(
  vi: string,
  units: readonly EntryUnit[],
  targets: ReadonlyMap<string, Inline[]>,
  existing: string | undefined,
  collection: EntryCollectionName,
): string {
  let current: EntryUnit[] | undefined;
  try {
    current = existing === undefined ? undefined : readEntryUnits(existing, collection);
  } catch {
    current = undefined;
  }
  if (existing !== undefined && current && sameStructure(units, current)) {
    return splice(
      existing,
      current.flatMap((unit) => {
        const target = targets.get(unit.id)!;
        if (unit.kind === 'field') {
          const value = fieldText(target);
          return value === unit.parts[0] ? [] : [{ start: unit.start, end: unit.end, text: yamlScalar(value) }];
        }
        return [{ start: unit.start, end: unit.end, text: inlineToMarkdown(target) }];
      }),
    );
  }
  const viBody = splitFrontmatter(vi)!.body;
  const bodyStart = vi.length - viBody.length;
  const body = splice(
    viBody,
    units.filter((u) => u.kind !== 'field').map((u) => ({ start: u.start - bodyStart, end: u.end - bodyStart, text: inlineToMarkdown(targets.get(u.id)!) })),
  );
  const viData = parseFrontmatter(vi)!.data;
  const words: Record<string, unknown> = {};
  for (const unit of units.filter((u) => u.kind === 'field')) {
    const [key = '', sub] = unit.id.split(/\.(.*)/s);
    const value = fieldText(targets.get(unit.id)!);
    if (sub === undefined) words[key] = value;
    else if (Array.isArray(viData[key])) ((words[key] ??= []) as string[])[Number(sub)] = value;
    else ((words[key] ??= {}) as Record<string, string>)[sub] = value;
  }
  // Warnings the old translation accepted are its editor's notes: they stay with the file.
  const accepted = existing === undefined ? undefined : parseFrontmatter(existing)?.data.acceptedWarnings;
  if (Array.isArray(accepted) && accepted.length > 0) words.acceptedWarnings = accepted;
  return `---\n${stringify(words, { lineWidth: 0 })}---\n${body}`;
}

/** `text` with each range replaced (ranges do not overlap). */
function splice(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
