/**
 * Builds the portal: `astro build` in a process of its own, then the sitemap, the search index and
 * the Open Graph images from the finished HTML (src/build/afterAstro.ts), once Astro has exited
 * and given its memory back. Arguments go to `astro build` (e.g. `--outDir /tmp/site`).
 * Usage: npm run build [-- --outDir DIR]
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteOrigin } from '../src/siteOrigin.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const site = resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');

// V8 sizes its heap from the machine's memory (about 4 GB on a 24 GB machine) and collects lazily:
// a 10,000-page build grew to 4 GB though it fits in 2 GB (BENCHMARKS.md). The cap keeps the
// build's memory bounded; a much larger site can raise it.
const heapMb = Number(process.env.PORTAL_BUILD_HEAP_MB ?? 2048);
const astro = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
  cwd: root,
  stdio: 'inherit',
});
const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
  astro.on('close', (exitCode, exitSignal) => done({ code: exitCode, signal: exitSignal })),
);
if (code !== 0) {
  // V8 aborts (SIGABRT, exit 134) when the heap is full.
  if (signal === 'SIGABRT' || code === 134) {
    console.error(`\nThe build ran out of memory with a ${heapMb} MB heap. Build again with more, e.g. PORTAL_BUILD_HEAP_MB=${heapMb * 2} npm run build`);
  }
  process.exit(code ?? 1);
}

// Imported only now: while Astro builds, this process stays small (satori, sharp and Pagefind unloaded).
const { afterAstro } = await import('../src/build/afterAstro.ts');
await afterAstro({ root, site, origin: siteOrigin, log: (line) => console.log(line) });
