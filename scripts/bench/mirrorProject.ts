/** The copy of the project the benchmark builds in, and a fingerprint of the code it holds. */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from './measure.ts';
import { root } from './paths.ts';

/** A copy of the project to build in, with its own .astro/ and node_modules/.astro/ (see the header of main.ts). */
export function mirrorProject(site: string): void {
  mkdirSync(site, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json', 'scripts/build.ts', 'scripts/after-astro.ts']) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(site, name), { recursive: true });
  }
  mkdirSync(join(site, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    // Caches stay private to the copy: Astro's (.astro), Vite's (.vite) and others (.cache).
    if (['.astro', '.vite', '.cache'].includes(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(site, 'node_modules', name));
  }
}

/** A fingerprint of the code built (src/, config, package files of the copy): the work tree changes under the benchmark. */
export function codeFingerprint(site: string): string {
  const hash = createHash('sha256');
  const files = ['astro.config.ts', 'package.json', 'tsconfig.json', ...walk(join(site, 'src')).map((f) => f.slice(site.length + 1))].sort();
  for (const file of files) {
    if (!existsSync(join(site, file))) continue;
    hash.update(file);
    hash.update(readFileSync(join(site, file)));
  }
  return `${hash.digest('hex').slice(0, 12)} (${files.length} files)`;
}
