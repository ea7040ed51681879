import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { sourceLocale } from '../i18n/locales';
import { isPublished } from '../lib/publishing';
import { parseFrontmatter } from '../editorial/frontmatter';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<Parameters<Loader['load']>[0]['store']['set']>[0];

/**
 * Whether an MDX body is plain Markdown that renders the same without the MDX compiler: no
 * import/export, no JSX or HTML (`<`), no expressions (`{`, `}`), no images (those go through
 * ProseImage for responsive AVIF/WebP), and no indented line (an indented code block in Markdown,
 * a paragraph in MDX).
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}]|!\[|^(?:import|export)\s|^(?: {4}|\t)/m.test(body);
}

/**
 * Bump when the Markdown pipeline changes in a way that changes its HTML (astro.config.ts
 * `markdown`, src/markdown/): entries rendered by an older pipeline and kept in Astro's data
 * store are then rendered again. Astro's and Sätteri's versions are part of the key too.
 */
const RENDERER_REVISION = 1;
const require = createRequire(import.meta.url);
/** A package's version, from the package.json above its entry point (not every package exports it). */
function versionOf(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === pkg) return json.version ?? '';
    }
  }
  return '';
}
export const rendererKey = [RENDERER_REVISION, versionOf('astro'), versionOf('satteri')].join('/');

/**
 * The glob loader, except that an `.mdx` file whose body is plain Markdown (most entries: editors
 * write text, links and the odd image, and the validator forbids components) is rendered to HTML
 * while the content is synced, as an `.md` file would be, instead of being compiled into a module of
 * the server bundle. Bundling those modules was most of the bundling time and a sixth of the build's
 * memory (BENCHMARKS.md); every page of the real site came out the same, byte for byte but for one
 * space before a closing tag. Entries with images or anything MDX-specific stay MDX modules,
 * rendered with `components` as before.
 */
export function entryLoader(options: GlobOptions & { base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'portal-entry-loader',
    load: async (context) => {
      if (context.meta.get('renderer') !== rendererKey) {
        context.store.clear();
        context.meta.set('renderer', rendererKey);
      }
      // Outside `astro dev`, a draft or embargoed entry is never stored: none of its files is
      // rendered, bundled or copied (its pictures included), whatever the pages ask for later.
      const showUnpublished = typeof __SHOW_UNPUBLISHED__ !== 'undefined' && __SHOW_UNPUBLISHED__;
      const publishedSlug = publishedSlugs(fileURLToPath(new URL(`${options.base}/`, context.config.root)), new Date());
      const jobs: Promise<void>[] = [];
      let syncing = true;
      const renderPlain = async (entry: StoredEntry & { filePath: string; body: string }) => {
        try {
          const rendered = await context.renderMarkdown(entry.body, { fileURL: new URL(entry.filePath, context.config.root) });
          const { deferredRender: _, ...rest } = entry;
          context.store.set({ ...rest, rendered });
        } catch (error) {
          throw new Error(`Could not render ${entry.filePath}: ${(error as Error).message}`, { cause: error });
        }
      };
      const store: typeof context.store = {
        ...context.store,
        set(entry) {
          if (!showUnpublished && !publishedSlug(entry.id.split('/')[0]!)) {
            context.store.delete(entry.id);
            return false;
          }
          if (entry.deferredRender && entry.filePath?.endsWith('.mdx') && entry.body !== undefined && isPlainMarkdown(entry.body)) {
            const job = renderPlain(entry as StoredEntry & { filePath: string; body: string });
            if (syncing) {
              // Awaited all together below, where a failure fails the build; handled here so that
              // one failing before the others are read is not an unhandled rejection meanwhile.
              jobs.push(job);
              job.catch(() => {});
            } else {
              // A file changed later in `astro dev`: reported, the server keeps running.
              job.catch((error: Error) => context.logger.error(error.message));
            }
            return true;
          }
          return context.store.set(entry);
        },
      };
      // A collection without a folder yet (no video report so far) is simply empty, not a warning.
      if (existsSync(fileURLToPath(new URL(`${options.base}/`, context.config.root)))) await inner.load({ ...context, store });
      else context.store.clear();
      syncing = false;
      await Promise.all(jobs);
      // The glob loader keeps an unchanged file's stored entry without calling set(): an entry
      // that became a draft since the last build is removed here.
      if (!showUnpublished) {
        for (const id of context.store.keys()) if (!publishedSlug(id.split('/')[0]!)) context.store.delete(id);
      }
    },
  };
}

/**
 * Whether each entry folder under `base` is published on `now`, from its vi file's `draft` and
 * `publishDate` (read from disk: translations carry no facts). Read once per folder and load.
 * A slug may have several segments (`articles/xoe` under the content folder).
 */
export function publishedSlugs(base: string, now: Date): (slug: string) => boolean {
  const known = new Map<string, boolean>();
  return (slug) => {
    if (!known.has(slug)) {
      const file = join(base, slug, `${sourceLocale}.mdx`);
      const facts = existsSync(file) ? (parseFrontmatter(readFileSync(file, 'utf8'))?.data ?? {}) : {};
      const publishDate = facts.publishDate ? new Date(String(facts.publishDate)) : undefined;
      known.set(slug, existsSync(file) && isPublished({ draft: facts.draft === true, publishDate }, now));
    }
    return known.get(slug)!;
  };
}
