import type { z } from 'astro/zod';
import { articleNeutral, articleWords } from './articles';
import { eventNeutral, eventWords, pressNeutral, pressWords } from './media';
import { opportunityNeutral, opportunityWords, zoneNeutral, zoneWords } from './investment';
import { partnerNeutral, partnerWords } from './partners';
import { contactSchema, destinationSchema, placeSchema, sectorSchema } from './data';
import { indicatorSchema } from './indicators';
import { videoNeutral, videoWords } from './videos';

/** A rule that ties a language file's words to the vi file's facts (lists that must line up). */
export type Consistency = (facts: Record<string, unknown>, words: Record<string, unknown>) => { field: string; title: string; fix: string }[];

const sameLength =
  (factField: string, wordField: string, what: string): Consistency =>
  (facts, words) => {
    const expected = Array.isArray(facts[factField]) ? (facts[factField] as unknown[]).length : 0;
    const given = Array.isArray(words[wordField]) ? (words[wordField] as unknown[]).length : 0;
    return expected === given
      ? []
      : [
          {
            field: wordField,
            title: `${given} ${wordField} for ${expected} ${what}`,
            fix: `Write one line in \`${wordField}\` for each entry of \`${factField}\` in vi.mdx, in the same order.`,
          },
        ];
  };

const labelsFor: Consistency = (facts, words) => {
  const ids = ((facts.keyFigures as { id: string }[] | undefined) ?? []).map((f) => f.id);
  const labels = (words.figureLabels as Record<string, string> | undefined) ?? {};
  const missing = ids.filter((id) => !labels[id]);
  const extra = Object.keys(labels).filter((id) => !ids.includes(id));
  return [
    ...missing.map((id) => ({ field: 'figureLabels', title: `No label for the figure \`${id}\``, fix: `Add \`${id}: …\` under \`figureLabels\`.` })),
    ...extra.map((id) => ({
      field: 'figureLabels',
      title: `Label for an unknown figure \`${id}\``,
      fix: `Remove it, or add the figure \`${id}\` to \`keyFigures\` in vi.mdx.`,
    })),
  ];
};

/** A lunar rule belongs to a yearly festival, and its source is one of the entry's sources. */
const lunarRuleSourced: Consistency = (facts) => {
  const rule = facts.lunarRule as { source?: string } | undefined;
  if (!rule) return [];
  const problems = [];
  if (!facts.recurring)
    problems.push({
      field: 'lunarRule',
      title: '`lunarRule` on an event that is not yearly',
      fix: 'Set `recurring: true`, or remove `lunarRule` and give the `start` date.',
    });
  const sources = (facts.sources as { url: string }[] | undefined) ?? [];
  if (rule.source && !sources.some((s) => s.url === rule.source)) {
    problems.push({
      field: 'lunarRule',
      title: 'The source of `lunarRule` is not among the entry’s sources',
      fix: 'Add the page that states the rule to `sources` (title and url).',
    });
  }
  return problems;
};

const startOrRecurring: Consistency = (facts) =>
  facts.start || facts.recurring
    ? []
    : [
        {
          field: 'start',
          title: 'An event needs a date',
          fix: 'Give its `start` date in vi.mdx, or set `recurring: true` for a yearly festival and describe its season in `season`.',
        },
      ];

/** An illustrative opportunity is never a live call: its own status and no contact point. */
const examplesAreNotCalls: Consistency = (facts) => {
  if (!facts.illustrative) {
    return facts.status === 'example'
      ? [
          {
            field: 'status',
            title: '`status: example` on a real opportunity',
            fix: 'Use calling, negotiating, awarded or closed; `example` is only for entries with `illustrative: true`.',
          },
        ]
      : [];
  }
  return [
    ...(facts.status === 'example'
      ? []
      : [
          {
            field: 'status',
            title: `An illustrative opportunity with \`status: ${String(facts.status)}\``,
            fix: 'Write `status: example`: an illustrative entry must not read as a live call for investors.',
          },
        ]),
    ...(facts.contact === undefined
      ? []
      : [{ field: 'contact', title: 'An illustrative opportunity with a contact point', fix: 'Remove `contact`: nobody answers for an example.' }]),
  ];
};

/** A report is played from its host or from the portal's own file, never both. */
const oneWayToPlay: Consistency = (facts) =>
  facts.embed && facts.file
    ? [
        {
          field: 'file',
          title: 'A video report with both `embed` and `file`',
          fix: 'Keep `file` when the portal hosts the video (its own player, captions beside it), or `embed` to play it from its host; not both.',
        },
      ]
    : [];

/**
 * Every entry collection: a folder per entry under content/<name>/, a file per language.
 * `neutral` fields are written once in the vi file; `words` in every language file; `consistency`
 * rules check each language file against the vi facts; `factRules` check the vi facts together.
 */
export const entryCollections = {
  articles: { neutral: articleNeutral, words: articleWords, consistency: [] },
  partners: { neutral: partnerNeutral, words: partnerWords, consistency: [sameLength('milestoneDates', 'milestones', 'milestone dates')] },
  opportunities: { neutral: opportunityNeutral, words: opportunityWords, consistency: [], factRules: [examplesAreNotCalls] },
  zones: { neutral: zoneNeutral, words: zoneWords, consistency: [] },
  events: { neutral: eventNeutral, words: eventWords, consistency: [], factRules: [startOrRecurring, lunarRuleSourced] },
  press: { neutral: pressNeutral, words: pressWords, consistency: [labelsFor] },
  videos: { neutral: videoNeutral, words: videoWords, consistency: [], factRules: [oneWayToPlay] },
} satisfies Record<string, { neutral: z.ZodObject; words: z.ZodObject; consistency: Consistency[]; factRules?: Consistency[] }>;

export type EntryCollectionName = keyof typeof entryCollections;

/** Data files under content/data/: a YAML list of records with an `id`. */
export const dataFiles = {
  places: { file: 'places.yaml', schema: placeSchema },
  sectors: { file: 'sectors.yaml', schema: sectorSchema },
  contacts: { file: 'contacts.yaml', schema: contactSchema },
  indicators: { file: 'indicators.yaml', schema: indicatorSchema },
  destinations: { file: 'destinations.yaml', schema: destinationSchema },
} as const;

export type DataFileName = keyof typeof dataFiles;
