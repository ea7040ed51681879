/** Harvesting the real content: the entries the synthetic ones copy, and the paragraphs they reuse. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { entryCollections, type EntryCollectionName } from '../../src/schemas/registry';
import { realContent } from './paths.ts';

export const collections = Object.keys(entryCollections) as EntryCollectionName[];

interface LanguageFile {
  data: Record<string, unknown>;
  body: string;
}
export interface Template {
  collection: EntryCollectionName;
  slug: string;
  files: Map<Locale, LanguageFile>;
}

function splitFile(source: string): LanguageFile | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return undefined;
  return { data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

/** Markdown blocks (separated by blank lines), with links turned into their text and images dropped. */
export function blocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<a\b[^>]*>([\s\S]*?)<\/a>/g, '$1')
        .trim(),
    )
    .filter((block) => block && !/^(import|export)\s/.test(block) && !/[{}]/.test(block) && !/<[A-Z]/.test(block));
}

/** Whether a block is a plain paragraph (not a heading, list, table or quote). */
export const isParagraph = (block: string) => !/^(#|-|\*|\||>|\d+\.)/.test(block);

/** Reads content/: the published entries as templates, collections interleaved, and each language's paragraphs. */
export function harvest(): { templates: Template[]; paragraphs: Map<Locale, string[]> } {
  const templates: Template[] = [];
  const paragraphs = new Map<Locale, string[]>();
  for (const collection of collections) {
    const dir = join(realContent, collection);
    // A collection may have no entry yet (videos until the first report): no folder.
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) {
      const files = new Map<Locale, LanguageFile>();
      for (const locale of localeCodes) {
        const path = join(dir, slug, `${locale}.mdx`);
        if (!existsSync(path)) continue;
        const file = splitFile(readFileSync(path, 'utf8'));
        if (!file) continue;
        files.set(locale, file);
        const pool = paragraphs.get(locale) ?? [];
        pool.push(...blocks(file.body).filter(isParagraph));
        paragraphs.set(locale, pool);
      }
      const vi = files.get('vi')?.data;
      // Drafts, embargoed entries and redirects are not what a benchmark page looks like.
      if (!vi || !files.has('en') || vi.draft === true || vi.publishDate) continue;
      templates.push({ collection, slug, files });
    }
  }
  // Interleave the collections in their real proportions, so that a small N still covers them all.
  const position = new Map<Template, number>();
  for (const collection of collections) {
    const list = templates.filter((t) => t.collection === collection);
    list.forEach((t, i) => position.set(t, (i + 0.5) / list.length));
  }
  templates.sort((a, b) => position.get(a)! - position.get(b)! || collections.indexOf(a.collection) - collections.indexOf(b.collection));
  return { templates, paragraphs };
}
