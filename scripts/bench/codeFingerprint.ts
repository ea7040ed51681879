/** A fingerprint of the code the benchmark builds (its copy of the project: scripts/support/mirrorProject.ts). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from './measure.ts';

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
