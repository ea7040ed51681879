import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { dataFiles, entryCollections, type DataFileName, type EntryCollectionName } from './schemas/registry';
import { contentDir } from './config/contentDir';
import { entryLoader } from './loaders/entryLoader';
import { mediaLoader } from './loaders/mediaLoader';
import { mediaCollectionSchema } from './schemas/pictures';

/**
 * One collection per folder of content/. Each language file is one collection entry with the id
 * `<slug>/<locale>`; src/data/entries.ts groups them back into entries. The strict per-language rules
 * (neutral facts only in vi.mdx, vi and en required, known ids) are enforced before the build by
 * src/editorial/validateContent.ts, so the schema here accepts both kinds of file.
 */
const entryCollection = ({ neutral, words }: (typeof entryCollections)[keyof typeof entryCollections], name: string) =>
  defineCollection({
    loader: entryLoader({
      pattern: '*/*.mdx',
      base: `${contentDir}/${name}`,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    schema: words.extend(neutral.partial().shape),
  });

// One line per collection of src/schemas/registry.ts (Astro needs each key written out to type its
// entries); `satisfies` makes the compiler refuse a collection missing here or one the registry lacks.
export const collections = {
  articles: entryCollection(entryCollections.articles, 'articles'),
  partners: entryCollection(entryCollections.partners, 'partners'),
  opportunities: entryCollection(entryCollections.opportunities, 'opportunities'),
  zones: entryCollection(entryCollections.zones, 'zones'),
  events: entryCollection(entryCollections.events, 'events'),
  press: entryCollection(entryCollections.press, 'press'),
  videos: entryCollection(entryCollections.videos, 'videos'),
  places: defineCollection({ loader: file(`${contentDir}/data/${dataFiles.places.file}`), schema: dataFiles.places.schema }),
  sectors: defineCollection({ loader: file(`${contentDir}/data/${dataFiles.sectors.file}`), schema: dataFiles.sectors.schema }),
  contacts: defineCollection({ loader: file(`${contentDir}/data/${dataFiles.contacts.file}`), schema: dataFiles.contacts.schema }),
  indicators: defineCollection({ loader: file(`${contentDir}/data/${dataFiles.indicators.file}`), schema: dataFiles.indicators.schema }),
  destinations: defineCollection({ loader: file(`${contentDir}/data/${dataFiles.destinations.file}`), schema: dataFiles.destinations.schema }),
  // The picture credits of every entry (`<collection>/<slug>/media.yaml`), their files as images.
  media: defineCollection({ loader: mediaLoader({ base: contentDir }), schema: ({ image }) => mediaCollectionSchema(image()) }),
} satisfies Record<EntryCollectionName | DataFileName | 'media', unknown>;
