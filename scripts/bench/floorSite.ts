/**
 * The bare floor of `--compare`: plain Astro 7 with one MDX content collection, a minimal layout and
 * Pagefind, written into the benchmark's temporary folder (never a second project in the repository).
 * What any Astro site must spend to turn the same pages into HTML with a search index.
 */
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkPackages } from '../support/mirrorProject.ts';
import { IMAGE_PLACEHOLDER, type ReferencePage } from './referenceContent.ts';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
`,
  'src/layouts/Page.astro': `---
const { title, description, lang } = Astro.props;
---

<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{title}</title>
    <meta name="description" content={description} />
    <style>
      body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1rem; line-height: 1.6; }
      img { max-width: 100%; height: auto; }
    </style>
  </head>
  <body>
    <header><a href={\`/\${lang}/\`}>Home</a></header>
    <main>
      <h1>{title}</h1>
      <p>{description}</p>
      <slot />
    </main>
  </body>
</html>
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../layouts/Page.astro';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}

const { page } = Astro.props;
const { Content } = await render(page);
---

<Page title={page.data.title} description={page.data.description} lang={page.id.split('/')[0]}>
  <Content />
</Page>
`,
};

/** A picture placed once in the site (a hard link where the file system allows it). */
export function placeImage(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Writes the floor site with these pages into `dir`; its node_modules links to the project's packages. */
export function writeFloorSite(root: string, dir: string, pages: readonly ReferencePage[]): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  linkPackages(root, dir);
  const placed = new Map<string, string>();
  for (const page of pages) {
    const file = join(dir, 'content', `${page.path}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    let body = page.body;
    if (page.image) {
      // Every page that shows a picture points to the one copy of it, as the portal's pages do.
      if (!placed.has(page.image)) {
        const name = `${placed.size + 1}.png`;
        placeImage(page.image, join(dir, 'content', 'images', name));
        placed.set(page.image, name);
      }
      const depth = page.path.split('/').length - 1;
      body = body.replace(`](${IMAGE_PLACEHOLDER})`, `](${'../'.repeat(depth)}images/${placed.get(page.image)})`);
    }
    writeFileSync(file, `---\ntitle: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}\n---\n\n${body}`);
  }
}

/** The floor's build with this Node: astro build, then Pagefind over every page (each step's start marked in the log). */
export const floorBuildCommand = (node: string) =>
  `echo "@step astro" && ${node} node_modules/astro/bin/astro.mjs build && echo "@step pagefind" && ${node} node_modules/pagefind/lib/runner/bin.cjs --site dist`;
