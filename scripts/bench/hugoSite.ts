/**
 * The Hugo reference of `--compare` (when `hugo` is on PATH): the same pages as Markdown in a
 * minimal Hugo site, each picture converted to WebP by an image render hook, then Pagefind.
 * Written into the benchmark's temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { placeImage } from './floorSite.ts';
import { IMAGE_PLACEHOLDER, type ReferencePage } from './referenceContent.ts';

const files: Record<string, string> = {
  'hugo.toml': `baseURL = "http://localhost/"
disableKinds = ["home", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "section"]
`,
  'layouts/_default/single.html': `<!DOCTYPE html>
<html lang="{{ index (split .File.Dir "/") 0 }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{{ .Title }}</title>
<meta name="description" content="{{ .Description }}">
<style>body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1rem; line-height: 1.6; } img { max-width: 100%; height: auto; }</style>
</head>
<body>
<header><a href="/{{ index (split .File.Dir "/") 0 }}/">Home</a></header>
<main>
<h1>{{ .Title }}</h1>
<p>{{ .Description }}</p>
{{ .Content }}
</main>
</body>
</html>
`,
  // Each picture converted to WebP at its own width, as the floor's Astro does for an MDX image.
  'layouts/_default/_markup/render-image.html': `{{- with resources.Get (printf "images/%s" (path.Base .Destination)) -}}
{{- $webp := .Resize (printf "%dx webp" .Width) -}}
<img src="{{ $webp.RelPermalink }}" alt="{{ $.Text }}" width="{{ $webp.Width }}" height="{{ $webp.Height }}" loading="lazy" decoding="async">
{{- end -}}`,
};

/** The installed Hugo's version line, or undefined when `hugo` is not on PATH. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Writes the Hugo site with these pages into `dir`. */
export function writeHugoSite(dir: string, pages: readonly ReferencePage[]): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const placed = new Map<string, string>();
  for (const page of pages) {
    const file = join(dir, 'content', `${page.path}.md`);
    mkdirSync(dirname(file), { recursive: true });
    let body = page.body;
    if (page.image) {
      if (!placed.has(page.image)) {
        const name = `${placed.size + 1}.png`;
        placeImage(page.image, join(dir, 'assets', 'images', name));
        placed.set(page.image, name);
      }
      body = body.replace(`](${IMAGE_PLACEHOLDER})`, `](images/${placed.get(page.image)})`);
    }
    writeFileSync(file, `---\ntitle: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}\n---\n\n${body}`);
  }
}

/** Hugo's build with its caches inside the site (removed for a cold build), then Pagefind with this Node. */
export const hugoBuildCommand = (node: string, pagefindRunner: string) =>
  `echo "@step hugo" && hugo --quiet --cacheDir "$PWD/.hugo-cache" -d public && echo "@step pagefind" && ${node} ${pagefindRunner} --site public`;
