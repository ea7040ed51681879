/**
 * Builds the portal: `astro build` in a process of its own, then the sitemap, the search index and
 * the Open Graph images from the finished HTML (src/postbuild/afterAstro.ts), once Astro has exited
 * and given its memory back. Arguments go to `astro build` (e.g. `--outDir /tmp/site`).
 * `--production` builds the public site: PORTAL_SITE_URL must then name its https origin.
 * Usage: npm run build [-- --production] [-- --outDir DIR]
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localOrigin, SiteOriginError, siteOriginFrom } from '../src/config/siteOrigin.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const { values } = parseArgs({ args: argv, options: { outDir: { type: 'string' }, production: { type: 'boolean' } }, strict: false });
const args = argv.filter((arg) => arg !== '--production');
const site = resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');
const production = values.production === true;

// The address every absolute URL of the build points to, checked before anything is built.
try {
  const origin = siteOriginFrom(process.env.PORTAL_SITE_URL, { production });
  if (origin === localOrigin && !production) {
    console.log(`Local build: addresses point to ${localOrigin}. For the public site: PORTAL_SITE_URL=https://… npm run build -- --production`);
  }
} catch (error) {
  if (!(error instanceof SiteOriginError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (production) process.env.PORTAL_PRODUCTION_BUILD = '1';

/**
 * Runs a Node script in a process of its own with a capped heap, with this process's flags (the
 * TypeScript loader), and exits with its code if it fails. V8 sizes its heap from the machine's
 * memory (about 4 GB on a 24 GB machine) and collects lazily: a 10,000-page build grew to 4 GB
 * though it fits in 2 GB, and reading 10,000 built pages left 1.1 GB of garbage beside Pagefind
 * (BENCHMARKS.md). The caps keep the build's memory bounded; a much larger site can raise them.
 */
async function runCapped(
  script: string,
  scriptArgs: string[],
  { heapMb, variable, loader }: { heapMb: number; variable: string; loader: boolean },
): Promise<void> {
  const child = spawn(process.execPath, [...(loader ? process.execArgv : []), `--max-old-space-size=${heapMb}`, script, ...scriptArgs], {
    cwd: root,
    stdio: 'inherit',
    // glibc gives each of sharp's threads its own malloc arenas, which fragment: two arenas took
    // 150 MB (12 %) off the peak of a 250-entry build at the same speed (BENCHMARKS.md).
    env: { MALLOC_ARENA_MAX: '2', ...process.env },
  });
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (exitCode, exitSignal) => done({ code: exitCode, signal: exitSignal })),
  );
  if (code === 0) return;
  // V8 aborts (SIGABRT, exit 134) when the heap is full.
  if (signal === 'SIGABRT' || code === 134) {
    console.error(`\nThe build ran out of memory with a ${heapMb} MB heap. Build again with more, e.g. ${variable}=${heapMb * 2} npm run build`);
  }
  process.exit(code ?? 1);
}

await runCapped(resolve(root, 'node_modules/astro/bin/astro.mjs'), ['build', ...args], {
  heapMb: Number(process.env.PORTAL_BUILD_HEAP_MB ?? 2048),
  variable: 'PORTAL_BUILD_HEAP_MB',
  loader: false,
});
// Then the sitemap, search index and Open Graph images, once Astro has given its memory back.
await runCapped(resolve(root, 'scripts/after-astro.ts'), [site], {
  heapMb: Number(process.env.PORTAL_AFTER_ASTRO_HEAP_MB ?? 1024),
  variable: 'PORTAL_AFTER_ASTRO_HEAP_MB',
  loader: true,
});
