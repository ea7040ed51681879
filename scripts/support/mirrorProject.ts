/**
 * A copy of the project to build in, for the benchmark and the tests that build a variant of the
 * portal: the source and build scripts copied (so the copy can be changed), node_modules linked,
 * except the caches, which stay private to the copy (Astro's .astro, Vite's .vite, .cache): two
 * builds in one folder at the same time break each other.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs from the project, besides node_modules. */
const projectFiles = ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json', 'scripts/build.ts', 'scripts/after-astro.ts'];

/** Copies the project at `root` into `site` (created) and links its packages. */
export function mirrorProject(root: string, site: string): void {
  mkdirSync(site, { recursive: true });
  for (const name of projectFiles) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(site, name), { recursive: true });
  }
  linkPackages(root, site);
}

/** A node_modules/ in `site` of links to the packages of `root`, with caches of its own (.astro, .vite, .cache). */
export function linkPackages(root: string, site: string): void {
  mkdirSync(join(site, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(site, 'node_modules', name));
  }
}
