/**
 * Small collections for the tests of the data layer (src/lib/localizedEntries.ts, feed.ts,
 * openData.ts): language files as Astro's content layer hands them over, `<slug>/<locale>` ids
 * and parsed frontmatter, without a build.
 */
import type { CollectionEntry } from 'astro:content';
import type { EntryCollectionName } from '../../src/schemas/registry';

const source = [{ title: 'A public source', url: 'https://example.org/source' }];

/** One language file of a collection. */
export function languageFile<C extends EntryCollectionName>(collection: C, id: string, data: Record<string, unknown>): CollectionEntry<C> {
  return { id, collection, data, body: `Body of ${id}.` } as unknown as CollectionEntry<C>;
}

/** The articles of the fixtures: a published one in three languages, a draft, an embargoed one, an updated one. */
export const articleFiles = [
  languageFile('articles', 'terraces/vi', {
    title: 'Ruộng bậc thang',
    description: 'Mô tả bài ruộng bậc thang.',
    topic: 'tourism',
    date: new Date('2026-01-10'),
    sources: source,
  }),
  languageFile('articles', 'terraces/en', { title: 'Rice terraces', description: 'About the rice terraces.' }),
  languageFile('articles', 'terraces/fr', { title: 'Rizières en terrasses', description: 'À propos des rizières.' }),
  languageFile('articles', 'notes/vi', {
    title: 'Ghi chú',
    description: 'Bản nháp chưa xuất bản.',
    topic: 'news',
    date: new Date('2026-02-01'),
    draft: true,
    sources: source,
  }),
  languageFile('articles', 'notes/en', { title: 'Notes', description: 'An unpublished draft.' }),
  languageFile('articles', 'soon/vi', {
    title: 'Sắp đăng',
    description: 'Bài hẹn giờ đăng.',
    topic: 'news',
    date: new Date('2026-02-01'),
    publishDate: new Date('2027-01-01'),
    sources: source,
  }),
  languageFile('articles', 'soon/en', { title: 'Soon', description: 'An embargoed article.' }),
  languageFile('articles', 'lake/vi', {
    title: 'Hồ Thác Bà',
    description: 'Mô tả hồ Thác Bà.',
    topic: 'tourism',
    date: new Date('2025-05-01'),
    updated: new Date('2026-03-01'),
    sources: source,
  }),
  languageFile('articles', 'lake/en', { title: 'Thác Bà Lake', description: 'About Thác Bà Lake.' }),
];
