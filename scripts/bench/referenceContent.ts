/**
 * The synthetic content as plain pages, for the reference sites of `--compare` (the bare Astro floor
 * and Hugo): one page per page of the portal, the same text and the same pictures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { resolveLocale } from '../../src/lib/fallback';
import type { Generated } from './generate.ts';

/** One page of a reference site: where it goes, its words, and the picture it shows, if any. */
export interface ReferencePage {
  /** Folder path under the content root, without extension: 'fr/articles/thac-ba-lake-1'. */
  path: string;
  lang: Locale;
  title: string;
  description: string;
  /** Markdown with no component: paragraphs, headings, lists, links, and `![alt](IMAGE)` where the picture goes. */
  body: string;
  /** The synthetic PNG this page shows (under the portal's content tree), if any. */
  image: string | undefined;
}

/** The placeholder each generator replaces with its own address of the picture. */
export const IMAGE_PLACEHOLDER = 'IMAGE';

function readLanguageFile(file: string): { title: string; description: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  const data = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  return { title: String(data.title ?? ''), description: String(data.description ?? ''), body: match[2]!.replace('](./photo.png)', `](${IMAGE_PLACEHOLDER})`) };
}

/**
 * The pages a reference site builds: every entry in every locale, with the text the portal shows
 * there (the translation, else its fallback's text, as the portal's fallback pages), then copies of
 * entries in Vietnamese until there are as many pages as the portal built (its listings, home and
 * other pages), so that both sites build the same number of pages from the same text.
 */
export function referencePages(contentDir: string, entries: readonly Generated[], pageCount: number, format: 'mdx' | 'md'): ReferencePage[] {
  const pages: ReferencePage[] = [];
  const read = (entry: Generated, locale: Locale) => readLanguageFile(join(contentDir, entry.collection, entry.slug, `${locale}.${format}`));
  const image = (entry: Generated) => (entry.image ? join(contentDir, entry.collection, entry.slug, 'photo.png') : undefined);
  for (const lang of localeCodes) {
    for (const entry of entries) {
      const { shown } = resolveLocale(lang, entry.locales);
      pages.push({ path: `${lang}/${entry.collection}/${entry.slug}`, lang, ...read(entry, shown), image: image(entry) });
    }
  }
  for (let i = 0; pages.length < pageCount && entries.length > 0; i++) {
    const entry = entries[i % entries.length]!;
    pages.push({ path: `vi/more/${entry.slug}-${i}`, lang: 'vi', ...read(entry, 'vi'), image: image(entry) });
  }
  return pages;
}
