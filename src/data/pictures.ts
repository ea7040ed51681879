import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from '../config/contentDir';
import { COVERS_ID, hasMediaFile } from '../loaders/mediaLoader';
import type { Locale } from '../i18n/locales';
import type { EntryCollectionName } from '../schemas/registry';

/** One credited picture of an entry: its image and its record in media.yaml. */
export type Picture = CollectionEntry<'media'>['data']['pictures'][number] & {
  /** The entry the picture belongs to, or `covers` for the covers of the home page and sections. */
  collection: EntryCollectionName | typeof COVERS_ID;
  /** The entry's folder; empty for a cover of content/covers/. */
  slug: string;
};

let cache: Promise<Picture[]> | undefined;

/** Every credited picture of the published entries, in folder order (read once per build). */
export function allPictures(): Promise<Picture[]> {
  // Content without any media.yaml (the portal's today) has no picture; asking Astro would only warn.
  cache ??= (hasMediaFile(contentDir) ? getCollection('media') : Promise.resolve([])).then((entries) =>
    entries.flatMap((entry) => {
      const [collection, slug = ''] = entry.id.split('/') as [EntryCollectionName | typeof COVERS_ID, string?];
      return entry.data.pictures.map((picture) => ({ ...picture, collection, slug }));
    }),
  );
  return cache;
}

/** The credited pictures of one entry, by the name written in its files (`./terraces.jpg`). */
export async function picturesOf(collection: EntryCollectionName, slug: string): Promise<Map<string, Picture>> {
  return new Map((await allPictures()).filter((p) => p.collection === collection && p.slug === slug).map((p) => [p.file, p]));
}

/**
 * An image's size and format, read without publishing the original: Astro copies an original file
 * into dist/ as soon as a page reads one of its properties (it may be used as is), and an original
 * keeps its camera metadata, the place it was taken included. Its private `clone` is read instead,
 * as Astro's own getImage() does.
 */
export function metadataOf(image: ImageMetadata): ImageMetadata {
  return (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
}

/** The file an image was made from, which identifies it (also read without publishing it). */
function sourceFileOf(image: ImageMetadata): string {
  return (image as ImageMetadata & { fsPath?: string }).fsPath ?? metadataOf(image).src;
}

/** The cover of the home page or a section (`home`, `tourism`, `invest-zones`), if content/covers/ has one. */
export async function pageCover(name: string): Promise<Picture | undefined> {
  return (await allPictures()).find((p) => p.collection === COVERS_ID && p.file.replace(/^\.\/|\.[^.]+$/g, '') === name);
}

/** The credited picture whose image is `image` (a picture of the text, as MDX imported it), by its source file. */
export async function pictureOfImage(image: ImageMetadata): Promise<Picture | undefined> {
  const file = sourceFileOf(image);
  return (await allPictures()).find((p) => sourceFileOf(p.image) === file);
}

/** A text of the record (alt, caption) in the language shown, else in the first language that has one. */
export function wordsIn(words: Partial<Record<Locale, string>> | undefined, order: readonly Locale[]): string | undefined {
  if (!words) return undefined;
  for (const locale of order) if (words[locale]) return words[locale];
  return undefined;
}
