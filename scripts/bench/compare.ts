/** `--compare`: the bare Astro floor and Hugo, built cold from the same pages in the same run as the portal. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { floorBuildCommand, writeFloorSite } from './floorSite.ts';
import { hugoBuildCommand, hugoVersion, writeHugoSite } from './hugoSite.ts';
import { sizeOf, walk } from './measure.ts';
import { runLogged, type MeasuredRun } from './processTree.ts';
import type { ReferencePage } from './referenceContent.ts';

/** A reference site's cold build and its output. */
export interface ReferenceRun {
  name: string;
  version: string;
  pages: number;
  files: number;
  distBytes: number;
  run: MeasuredRun & { steps: { name: string; seconds: number }[] };
}

const quietEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };

function output(dir: string): { pages: number; files: number; distBytes: number } {
  const files = walk(dir);
  return { pages: files.filter((f) => f.endsWith('.html')).length, files: files.length, distBytes: sizeOf(files) };
}

/** Writes and builds (cold) the floor and, when Hugo is installed, the Hugo site, one after the other. */
export async function buildReferences(root: string, work: string, pages: readonly ReferencePage[], say: (text: string) => void): Promise<ReferenceRun[]> {
  const runs: ReferenceRun[] = [];
  const floor = join(work, 'floor');
  writeFloorSite(root, floor, pages);
  say(`Floor: plain Astro + MDX + Pagefind, ${pages.length} pages, cold …`);
  const astroVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
  const floorRun = await runLogged('floor', floorBuildCommand(process.execPath), { cwd: floor, env: quietEnv, logPath: join(work, 'build-floor.log') });
  runs.push({ name: 'bare floor (Astro + MDX + Pagefind)', version: `Astro ${astroVersion}`, ...output(join(floor, 'dist')), run: floorRun });
  say(`  ${floorRun.seconds.toFixed(1)} s`);

  const hugo = hugoVersion();
  if (hugo) {
    const dir = join(work, 'hugo');
    writeHugoSite(dir, pages);
    rmSync(join(dir, 'resources'), { recursive: true, force: true });
    say(`Hugo + Pagefind, ${pages.length} pages, cold …`);
    const runner = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
    const hugoRun = await runLogged('hugo', hugoBuildCommand(process.execPath, runner), { cwd: dir, env: quietEnv, logPath: join(work, 'build-hugo.log') });
    runs.push({ name: 'Hugo + Pagefind', version: /v[\d.]+\S*/.exec(hugo)?.[0] ?? hugo, ...output(join(dir, 'public')), run: hugoRun });
    say(`  ${hugoRun.seconds.toFixed(1)} s`);
  } else say('Hugo is not installed (`hugo` not on PATH): compared with the floor only.');
  return runs;
}
