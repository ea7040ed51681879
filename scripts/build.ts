/**
 * Builds the portal: `astro build` in a process of its own, then the sitemap, the search index and
 * the Open Graph images from the finished HTML (src/build/afterAstro.ts), once Astro has exited and given
 * its memory back. Arguments go to `astro build` (e.g. `--outDir /tmp/site`).
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

const astro = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], { cwd: root, stdio: 'inherit' });
const code = await new Promise<number>((done) => astro.on('close', (exit, signal) => done(exit ?? (signal ? 1 : 0))));
if (code !== 0) process.exit(code);

// Imported only now: while Astro builds, this process stays small (satori, sharp and Pagefind unloaded).
const { afterAstro } = await import('../src/build/afterAstro.ts');
await afterAstro({ root, site, origin: siteOrigin, log: (line) => console.log(line) });
