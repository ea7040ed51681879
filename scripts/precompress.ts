/**
 * `tsx scripts/precompress.ts [dir]` (default dist/): writes `file.gz` next to every text file of
 * a build, at the best gzip level, for nginx's `gzip_static on` (deploy/nginx/portal.conf) to send
 * instead of compressing each response on the fly. Optional: without the .gz files nginx
 * compresses dynamically. Run it on the copy that is deployed, after `npm run build`, and on
 * every build or none (a stale .gz would be served in place of a changed file: deploy with
 * `rsync --delete`, see docs/deploy.md). Pagefind's index files are compressed already.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const textTypes = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.svg', '.ics', '.webmanifest', '.wasm']);
// Below this, gzip saves almost nothing (portal.conf: gzip_min_length 256).
const minSize = 256;

/** Compresses every text file under `dir`; returns how many .gz files were written. */
export function precompress(dir: string): number {
  let written = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name);
    if (!textTypes.has(extname(file))) continue;
    const stat = statSync(file);
    if (!stat.isFile() || stat.size < minSize) continue;
    const gz = gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION });
    if (gz.length >= stat.size) continue;
    writeFileSync(`${file}.gz`, gz);
    // Same modification time as the original: nginx sends the .gz file's Last-Modified.
    utimesSync(`${file}.gz`, stat.atime, stat.mtime);
    written++;
  }
  return written;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));
  console.log(`precompress: ${precompress(dir)} .gz files written in ${dir}`);
}
