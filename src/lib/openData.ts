import type { Locale } from '../i18n/locales';
import { nameIn } from '../i18n/nameIn';
import type { z } from 'astro/zod';
import type { opportunityNeutral, opportunityWords } from '../schemas/investment';
import { entryPath } from './entryPath';
import type { EntryView, LocalizedEntry } from './localizedEntries';
import { capitalUsd } from './searchFacets';

type Facts = z.output<typeof opportunityNeutral>;
type Words = z.output<typeof opportunityWords>;

/** One opportunity as published in the open data, in one language. Documented on /<lang>/invest/data/. */
export interface OpportunityRecord {
  id: string;
  url: string;
  language: Locale;
  title: string;
  description: string;
  sector: string;
  sectorName: string;
  place: string;
  placeName: string;
  commune: string | null;
  areaHa: number | null;
  capitalVnd: number | null;
  capitalUsd: number | null;
  vndPerUsd: number | null;
  exchangeRateDate: string | null;
  form: string;
  /** The form in the record's language. */
  formLabel: string;
  status: string;
  /** The status in the record's language. */
  statusLabel: string;
  legalBasisNumber: string | null;
  legalBasisDate: string | null;
  lastVerified: string;
  validUntil: string | null;
  contact: string | null;
  incentives: string[];
  illustrative: boolean;
  sources: string[];
}

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** Builds the record from an entry's facts and the words shown in `language`. */
export function opportunityRecord(input: {
  slug: string;
  url: string;
  language: Locale;
  facts: Facts;
  words: Words;
  sectorName: string;
  placeName: string;
  /** Labels of the coded values (form, status) in the language of the record's page. */
  labels: { form: string; status: string };
}): OpportunityRecord {
  const { facts, words } = input;
  const usd = capitalUsd(facts);
  return {
    id: input.slug,
    url: input.url,
    language: input.language,
    title: words.title,
    description: words.description,
    sector: facts.sector,
    sectorName: input.sectorName,
    place: facts.place,
    placeName: input.placeName,
    commune: facts.commune ?? null,
    areaHa: facts.areaHa ?? null,
    capitalVnd: facts.capitalVnd ?? null,
    capitalUsd: usd === undefined ? null : Math.round(usd),
    vndPerUsd: facts.exchangeRate?.vndPerUsd ?? null,
    exchangeRateDate: day(facts.exchangeRate?.date),
    form: facts.form,
    formLabel: input.labels.form,
    status: facts.status,
    statusLabel: input.labels.status,
    legalBasisNumber: facts.legalBasis?.number ?? null,
    legalBasisDate: day(facts.legalBasis?.date),
    lastVerified: day(facts.lastVerified)!,
    validUntil: day(facts.validUntil),
    contact: facts.contact ?? null,
    incentives: words.incentives,
    illustrative: facts.illustrative,
    sources: facts.sources.map((s) => s.url),
  };
}

/** A record of a data file with its names: what the open data needs of sectors and places. */
interface NamedRecord {
  id: string;
  data: { name: Partial<Record<Locale, string>> & { en: string } };
}

/**
 * Every opportunity as an open-data record in one language (fallback words where untranslated),
 * with sector and place names in that language and absolute addresses on `site`.
 */
export function opportunityRecordsFrom(
  entries: readonly LocalizedEntry<'opportunities'>[],
  { sectors, places }: { sectors: readonly NamedRecord[]; places: readonly NamedRecord[] },
  locale: Locale,
  site: URL | undefined,
  view: (entry: LocalizedEntry<'opportunities'>, locale: Locale) => Pick<EntryView<'opportunities'>, 'shown' | 'words'>,
  t: (key: `form.${string}` | `status.${string}`) => string,
): OpportunityRecord[] {
  return entries.map((entry) => {
    const shown = view(entry, locale);
    const place = places.find((p) => p.id === entry.facts.place);
    const sector = sectors.find((s) => s.id === entry.facts.sector);
    return opportunityRecord({
      slug: entry.slug,
      url: new URL(entryPath(entry, locale), site ?? 'http://localhost').href,
      language: shown.shown,
      facts: entry.facts,
      words: shown.words,
      sectorName: sector?.data.name[locale] ?? entry.facts.sector,
      placeName: place ? nameIn(place.data.name, locale) : entry.facts.place,
      labels: { form: t(`form.${entry.facts.form}`), status: t(`status.${entry.facts.status}`) },
    });
  });
}

/** The columns of the CSV, in order: every field of the record. */
export const csvColumns = [
  'id',
  'url',
  'language',
  'title',
  'description',
  'sector',
  'sectorName',
  'place',
  'placeName',
  'commune',
  'areaHa',
  'capitalVnd',
  'capitalUsd',
  'vndPerUsd',
  'exchangeRateDate',
  'form',
  'formLabel',
  'status',
  'statusLabel',
  'legalBasisNumber',
  'legalBasisDate',
  'lastVerified',
  'validUntil',
  'contact',
  'incentives',
  'illustrative',
  'sources',
] as const satisfies readonly (keyof OpportunityRecord)[];

/**
 * A cell as text. Text that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading apostrophe, OWASP's rule against CSV injection;
 * numbers stay numbers. Cells with a quote, comma or line break are quoted (RFC 4180).
 * @example csvCell('=HYPERLINK("http://evil")') // `"'=HYPERLINK(""http://evil"")"`
 */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' | ') : String(value);
  const safe = typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark and CRLF line ends, so spreadsheet programs open it with
 * the right encoding (Vietnamese diacritics intact). Lists are joined with " | ".
 */
export function toCsv(records: readonly OpportunityRecord[]): string {
  const lines = [csvColumns.join(','), ...records.map((r) => csvColumns.map((c) => csvCell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
