import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackOrder, localeToLang, sourceLocale, type Locale } from '../../i18n/locales';
import type { EntryCollectionName } from '../../schemas/registry';
import { readEntryUnits, sameStructure, type EntryUnit } from './entryUnits';
import { inlineToMarkdown } from './inline';
import type { XliffDocument, XliffEntry } from './xliffFile';

/** An entry to export: `content/<collection>/<slug>/`. */
export interface EntryRef {
  collection: EntryCollectionName;
  slug: string;
}

/** What the export could not offer, for the translator's coordinator (printed by the command). */
export interface ExportNotice {
  entry: string;
  message: string;
}

export interface ExportOptions {
  /**
   * Copy the source into the target of every unit not yet translated: OmegaT's own XLIFF filter
   * (like Okapi Rainbow's files) translates the `<target>` and skips units that have none.
   */
  prefill?: boolean;
}

/**
 * The XLIFF document of `entries` for translation into `locale`: every word field and block of
 * each vi.mdx as a unit; the English text beside it as a note (the reference most translators read
 * best, where an English file with the same structure exists); the current translation, when the
 * file follows the structure of vi.mdx, as the unit's target, so that an outdated translation is
 * updated rather than redone.
 */
export function buildExport(
  contentDir: string,
  locale: Locale,
  entries: readonly EntryRef[],
  { prefill = false }: ExportOptions = {},
): { doc: XliffDocument; notices: ExportNotice[] } {
  if (locale === sourceLocale) throw new Error(`${sourceLocale} is the source language: export a translation (${fallbackOrder.join(', ')}, …)`);
  const notices: ExportNotice[] = [];
  const docEntries: XliffEntry[] = [];
  const reference = fallbackOrder.find((l) => l !== sourceLocale && l !== locale);
  for (const { collection, slug } of entries) {
    const entry = `${collection}/${slug}`;
    const fileOf = (l: Locale) => join(contentDir, collection, slug, `${l}.mdx`);
    const read = (l: Locale): EntryUnit[] | undefined => {
      if (!existsSync(fileOf(l))) return undefined;
      try {
        return readEntryUnits(readFileSync(fileOf(l), 'utf8'), collection);
      } catch (error) {
        notices.push({ entry, message: `${l}.mdx cannot be read (${(error as Error).message}): run \`npm run check\`.` });
        return undefined;
      }
    };
    const source = read(sourceLocale);
    if (!source) continue;
    const english = reference ? read(reference) : undefined;
    const englishById = new Map((english ?? []).map((unit) => [unit.id, unit]));
    const englishAligned = english ? sameStructure(source, english) : false;
    const current = read(locale);
    const targets = current && sameStructure(source, current) ? current : undefined;
    if (current && !targets) {
      notices.push({
        entry,
        message: `${locale}.mdx does not follow the blocks of vi.mdx (${current.length} units for ${source.length}): its text is not offered as a translation, and importing this entry writes a new ${locale}.mdx in the structure of vi.mdx.`,
      });
    }
    docEntries.push({
      entry,
      units: source.map((unit, i) => {
        const beside = englishAligned ? english![i] : unit.kind === 'field' ? englishById.get(unit.id) : undefined;
        return {
          id: unit.id,
          kind: unit.kind,
          source: unit.parts,
          ...(targets ? { target: targets[i]!.parts } : prefill ? { target: unit.parts } : {}),
          notes: beside && reference ? [`${localeToLang(reference)}: ${inlineToMarkdown(beside.parts)}`] : [],
          ...(unit.maxLength ? { maxLength: unit.maxLength } : {}),
        };
      }),
    });
  }
  return { doc: { sourceLanguage: localeToLang(sourceLocale), targetLanguage: localeToLang(locale), entries: docEntries }, notices };
}
