/**
 * `npm run new -- <collection> <slug>`: creates content/<collection>/<slug>/vi.mdx and en.mdx with
 * every field and a comment, as a draft, and says what to do next.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/config/contentDir';
import { entryTemplate } from '../src/editorial/entryTemplates';
import { entryCollections, type EntryCollectionName } from '../src/schemas/registry';

const [collection, slug] = process.argv.slice(2);
const collections = Object.keys(entryCollections);
const fail = (message: string) => {
  console.error(
    `${message}\n\nUsage: npm run new -- <collection> <slug>\n  collections: ${collections.join(', ')}\n  slug: lower-case ASCII words joined by hyphens, e.g. thac-ba-lake-boat-trips`,
  );
  process.exit(1);
};

if (!collection || !collections.includes(collection)) fail(`Unknown collection "${collection ?? ''}".`);
if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`"${slug ?? ''}" cannot be used as a web address.`);
const dir = join(contentDir, collection!, slug!);
if (existsSync(dir)) fail(`${dir} already exists.`);

const today = new Date().toISOString().slice(0, 10);
mkdirSync(dir, { recursive: true });
for (const locale of ['vi', 'en'] as const) {
  writeFileSync(join(dir, `${locale}.mdx`), entryTemplate(collection as EntryCollectionName, locale, today));
}
console.log(`Created ${dir}/vi.mdx and ${dir}/en.mdx (as a draft).

Next:
  1. Fill in every field of vi.mdx (facts and Vietnamese words) and the title, description and text of en.mdx.
  2. List the public sources of your facts under \`sources\`.
  3. npm run dev     → preview at http://localhost:4321/vi/ (drafts are shown with a banner)
  4. npm run check   → lists anything still missing, with the line and the fix
  5. Delete the line \`draft: true\` when the entry is ready, then commit.`);
