import type { EntryCollectionName } from '../schemas/registry';

/**
 * The first lines of a new entry's files: every field with a one-line comment, so an editor can
 * fill them in without opening the documentation. Values left empty fail `npm run check` on
 * purpose, and `draft: true` keeps the entry off the public site until the editor removes it.
 */
const viFacts: Record<EntryCollectionName, string> = {
  articles: `topic: about            # about | history | culture | tourism | economy | society | news
date: {today}       # publication date (YYYY-MM-DD)
places: []              # ids from content/data/places.yaml, e.g. [mu-cang-chai]
sectors: []             # ids from content/data/sectors.yaml
featured: false         # true: shown on the home page`,
  partners: `country: ""             # two-letter ISO code: LA, FR, JP …
kind: province          # province | department | city
since:                  # year the cooperation began, only if a source gives it (else delete the line)
milestoneDates: []      # - { date: 2009-09-01, precision: month }
themes: []              # agriculture, culture, education, health, tourism, trade, training, water, environment, tea, governance, youth`,
  events: `kind: festival          # festival | fair | conference | delegation | training | signing
start: {today}      # first day; for a yearly festival without a sourced date use recurring instead
recurring: false        # true for a yearly festival described by its season
place: yen-bai-ward     # id from content/data/places.yaml`,
  press: `kind: fact-sheet        # fact-sheet | press-kit | backgrounder | clarification
date: {today}
printable: true
keyFigures: []          # - { id: area, value: 6892.67, unit: km2, asOf: "2023", source: "https://…" }`,
  opportunities: `sector: agro-processing # id from content/data/sectors.yaml
place: van-chan         # former district id from content/data/places.yaml
form: direct            # direct | ppp | joint-venture | bcc | other
status: calling         # calling | negotiating | awarded | closed | example (illustrative entries only)
lastVerified: {today}   # when you checked the record against its source
# capitalVnd: 150000000000                        # whole VND, only from the source
# exchangeRate: { vndPerUsd: 25000, date: 2025-01-02 }  # required with capitalVnd, from a public source
# legalBasis: { number: "123/QĐ-UBND", date: 2024-05-01 }`,
  zones: `kind: industrial-park   # industrial-park | industrial-cluster
place: yen-bai-city     # id from content/data/places.yaml
# area: { ha: 120, year: 2013 }
# occupancy: { percent: 73.98, asOf: "2024-07" }   # asOf as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
sectors: []`,
  videos: `date: {today}       # the day the producer published the report (YYYY-MM-DD), from its page
producer: ""            # who made and published it: VTV4, VOV World, VNA…
url: ""                 # the public address of the report on the producer's page or platform
language: en            # the language spoken in the report: en, fr, vi …
# duration: "4:12"      # only if the producer publishes it (m:ss or h:mm:ss)
# embed: { host: youtube, id: "xxxxxxxxxxx" }   # the id from youtube.com/watch?v=…, to play it on the portal
# poster: ./poster.jpg  # a picture of this folder, credited in media.yaml`,
};

const extraWords: Partial<Record<EntryCollectionName, string>> = {
  partners: `capital: ""             # the capital's name in this language
milestones: []          # one line per milestone date, same order`,
  events: `# season: ""            # for a yearly festival: when it usually happens, in words`,
  press: `figureLabels: {}        # a label for each key figure id`,
  opportunities: `incentives: []          # one line per incentive the source states`,
};

export function entryTemplate(collection: EntryCollectionName, locale: 'vi' | 'en', today: string): string {
  const words = [
    `title: ""               # the title in ${locale === 'vi' ? 'Vietnamese' : 'English'} (at most 110 characters)`,
    `description: ""         # one or two sentences for cards and search results (20 to 260 characters)`,
    extraWords[collection],
  ].filter(Boolean);
  const facts =
    locale === 'vi'
      ? [
          viFacts[collection].replaceAll('{today}', today),
          'sources:                # the public pages every fact comes from (at least one)',
          '  - title: ""',
          '    url: ""',
          'draft: true             # delete this line when the entry is ready to publish',
        ]
      : [];
  const body =
    locale === 'vi'
      ? 'Viết nội dung bằng Markdown ở đây. Dùng tiêu đề ## và ###, không dùng #.'
      : 'Write the English text in Markdown here. Use ## and ### headings, never #.';
  return `---\n${[...words, ...facts].join('\n')}\n---\n\n${body}\n`;
}
