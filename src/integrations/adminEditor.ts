import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsBackendFromEnv, forgeOrigins, type CmsBackend } from '../config/cmsBackend';
import { configuredSiteOrigin } from '../config/siteOrigin';
import { cmsConfig, type CmsEntry } from '../editorial/cmsConfig';
import { parseFrontmatter } from '../editorial/frontmatter';
import { readGitHistory } from '../editorial/gitHistory';
import { translationStatus } from '../editorial/translationStatus';
import { sourceLocale } from '../i18n/locales';
import { isPublished } from '../lib/publishing';
import { entryCollections, type EntryCollectionName } from '../schemas/registry';

const require = createRequire(import.meta.url);

/**
 * The policy of /admin/, and only there: Sveltia's scripts and the portal's own (files, never
 * inline), its inline styles, pictures it previews from memory (blob:, data:), and the forge's API.
 * deploy/nginx/admin-headers.conf sends the same policy as a header (with frame-ancestors, which a
 * <meta> cannot carry); tests/deploy/ check both.
 */
export function adminPolicy(backend: CmsBackend): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src ${["'self'", 'blob:', 'data:', ...forgeOrigins(backend)].join(' ')}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The published entries of the content, with their Vietnamese title and the state of each
 * translation. Drafts and embargoed entries are left out: the build publishes nothing of them, not
 * even a title in the editor's configuration (docs/security.md, wall 5); the editor still finds them
 * in the repository, in its "＋ … (vi)" and "(en)" collections.
 */
function listCmsEntries(contentDir: string, root: string, now = new Date()): CmsEntry[] {
  const rows = translationStatus(contentDir, readGitHistory(contentDir, root), root);
  const entries: CmsEntry[] = [];
  for (const collection of Object.keys(entryCollections) as EntryCollectionName[]) {
    const dir = resolve(root, contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) {
      const vi = join(dir, slug, `${sourceLocale}.mdx`);
      if (!existsSync(vi)) continue;
      const facts = parseFrontmatter(readFileSync(vi, 'utf8'))?.data ?? {};
      const publishDate = facts.publishDate ? new Date(String(facts.publishDate)) : undefined;
      if (!isPublished({ draft: facts.draft === true, publishDate }, now)) continue;
      const title = facts.title;
      const states = Object.fromEntries(rows.filter((r) => r.collection === collection && r.slug === slug).map((r) => [r.locale, r.state]));
      entries.push({ collection, slug, title: typeof title === 'string' ? title : slug, states });
    }
  }
  return entries;
}

/** The three fonts Sveltia's standalone script loads from a CDN, replaced by the same files of its npm package. */
function localFonts(script: string, assets: string, out: string): string {
  const fonts = readdirSync(assets).filter((file) => file.endsWith('.woff2'));
  return script.replace(
    /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
    (url, family: string, subset: string) => {
      const file = fonts.find((f) => f.startsWith(`${family}-${subset}-`));
      if (!file) throw new Error(`@sveltia/cms loads ${url}, and its npm package has no such font to serve instead: check the upgrade of @sveltia/cms.`);
      mkdirSync(join(out, 'fonts'), { recursive: true });
      copyFileSync(join(assets, file), join(out, 'fonts', file));
      return `/admin/fonts/${file}`;
    },
  );
}

/** The page of the editor: no inline script, its own policy, never indexed. */
function adminPage(policy: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${policy}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>Biên tập · Editor</title>
<script src="/admin/setup.js"></script>
<script src="/admin/sveltia-cms.js"></script>
<script type="module" src="/admin/main.js"></script>
</head>
<body data-pagefind-ignore="all"></body>
</html>
`;
}

/** The styles of a built page, so that the editor's preview looks like the portal. */
function portalStyles(site: string): string {
  const page = join(site, 'en', 'index.html');
  if (!existsSync(page)) return '';
  return [...readFileSync(page, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

/**
 * Writes the browser editor into <site>/admin/: Sveltia CMS copied from its npm package (its font
 * addresses pointed at the package's own fonts), the portal's scripts (src/client/admin/) bundled,
 * the configuration generated from the schemas and the content, and the page.
 */
async function writeAdmin({
  site,
  root,
  contentDir,
  env = process.env,
}: {
  site: string;
  root: string;
  contentDir: string;
  env?: Record<string, string | undefined>;
}): Promise<void> {
  const out = join(site, 'admin');
  mkdirSync(out, { recursive: true });
  const sveltia = dirname(require.resolve('@sveltia/cms'));
  const packageDir = dirname(sveltia);
  writeFileSync(
    join(out, 'sveltia-cms.js'),
    localFonts(readFileSync(join(packageDir, 'dist', 'sveltia-cms.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '\n'), join(sveltia, 'assets'), out),
  );
  mkdirSync(join(out, 'chunks'), { recursive: true });
  for (const chunk of readdirSync(join(packageDir, 'dist', 'chunks')).filter((f) => f.endsWith('.js'))) {
    writeFileSync(join(out, 'chunks', chunk), readFileSync(join(packageDir, 'dist', 'chunks', chunk), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '\n'));
  }
  cpSync(join(packageDir, 'locales'), join(out, 'sveltia', 'locales'), { recursive: true });
  const here = dirname(fileURLToPath(import.meta.url));
  await build({
    entryPoints: { setup: join(here, '..', 'client', 'admin', 'setup.ts') },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    outdir: out,
    logLevel: 'warning',
  });
  await build({
    entryPoints: { main: join(here, '..', 'client', 'admin', 'main.ts') },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: out,
    logLevel: 'warning',
  });
  const backend = cmsBackendFromEnv(env);
  writeFileSync(
    join(out, 'config.json'),
    `${JSON.stringify(cmsConfig({ entries: listCmsEntries(contentDir, root), backend, siteUrl: configuredSiteOrigin() }))}\n`,
  );
  writeFileSync(join(out, 'preview.css'), portalStyles(site));
  writeFileSync(join(out, 'index.html'), adminPage(adminPolicy(backend)));
}

/** Adds the browser editor to every build (dist/admin/). */
export function adminEditor(contentDir: string): AstroIntegration {
  let root = '';
  return {
    name: 'portal:admin-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeAdmin({ site: fileURLToPath(dir), root, contentDir });
        logger.info('browser editor written to admin/');
      },
    },
  };
}
