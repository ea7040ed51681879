import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { publishedSlugs } from './entryLoader';

/** The id of the credits of content/covers/ (the covers of the home page and sections). */
export const COVERS_ID = 'covers';

/**
 * The picture credits of every entry: each `<collection>/<slug>/media.yaml` under `base` is one
 * entry with the id `<collection>/<slug>`, its pictures resolved by the collection's schema into
 * images; `covers/media.yaml` is the entry `covers`. Outside `astro dev`, the credits of a draft or
 * embargoed entry are never stored, so none of its pictures is processed or copied (the entry
 * loader keeps its text out the same way).
 */
export function mediaLoader({ base }: { base: string }): Loader {
  const inner = glob({
    pattern: ['*/*/media.yaml', `${COVERS_ID}/media.yaml`],
    base,
    generateId: ({ entry }) => entry.replace(/\/media\.yaml$/, ''),
  });
  return {
    name: 'portal-media-loader',
    load: async (context) => {
      const showUnpublished = typeof __SHOW_UNPUBLISHED__ !== 'undefined' && __SHOW_UNPUBLISHED__;
      const root = fileURLToPath(new URL(`${base}/`, context.config.root));
      // Content without any credited picture (the portal's today) is empty, not a warning.
      if (!hasMediaFile(root)) {
        context.store.clear();
        return;
      }
      const entryPublished = publishedSlugs(root, new Date());
      const published = (id: string) => id === COVERS_ID || entryPublished(id);
      const store: typeof context.store = {
        ...context.store,
        set: (entry) => (showUnpublished || published(entry.id) ? context.store.set(entry) : (context.store.delete(entry.id), false)),
      };
      await inner.load({ ...context, store });
      if (!showUnpublished) for (const id of context.store.keys()) if (!published(id)) context.store.delete(id);
    },
  };
}

/** Whether any `<collection>/<slug>/media.yaml` exists under `root`. */
export function hasMediaFile(root: string): boolean {
  const folders = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()) : []);
  return folders(root).some((collection) =>
    folders(join(root, collection.name)).some((entry) => existsSync(join(root, collection.name, entry.name, 'media.yaml'))),
  );
}
