/** Running a build of the copy and watching its memory: time, CPU, peak RSS and the phases of its log. */
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunLoad } from './format.ts';
import { runMeasured } from './processTree.ts';

export interface BuildRun {
  seconds: number;
  /** CPU seconds (user + system) of the build and its children, from GNU time; undefined without it. */
  cpuSeconds?: number;
  /** Largest resident size of any single process of the build, from GNU time. */
  maxProcessRss?: number;
  /** The processes that made up the peak, e.g. "node 2.88 GB + pagefind 1.20 GB". */
  peakProcesses: string;
  peakRss: number;
  pagesBuilt: number;
  phases: { name: string; seconds: number }[];
  /** When page generation started and ended (seconds after the build started), to slice a CPU profile. */
  phaseStarts: { pagesStart: number; imagesStart: number };
  warnings: number;
  log: string;
  load: RunLoad;
}

// The build log is coloured for a terminal: the colour codes go before the log is parsed.
// eslint-disable-next-line no-control-regex -- ESC is exactly the character to match
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Builds the copy in `site` as `npm run build` does, sampling its memory, and times the phases of its log. */
export async function runBuild(label: string, work: string, site: string, contentDir: string, outDir: string, profileDir?: string): Promise<BuildRun> {
  const logPath = join(work, `build-${label}.log`);
  const log = createWriteStream(logPath);
  const marks: { at: number; line: string }[] = [];
  let warnings = 0;
  // The build as `npm run build` runs it: astro build, then the search index and OG images. The
  // profiler, through NODE_OPTIONS, profiles every Node process of it; the largest profile is Astro's.
  const profiler = profileDir ? `--cpu-prof --cpu-prof-dir=${profileDir}` : '';
  const build = [process.execPath, '--import', 'tsx', join(site, 'scripts', 'build.ts'), '--outDir', outDir];
  const onOutput = (() => {
    let rest = '';
    return (chunk: Buffer, at: number) => {
      log.write(chunk);
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop()!;
      for (const raw of lines) {
        const line = stripAnsi(raw);
        if (/\[WARN\]/.test(line)) warnings++;
        if (/^\d\d:\d\d:\d\d |generating static routes|generating optimized images/.test(line) && !/\[WARN\]|├─|└─/.test(line)) marks.push({ at, line });
      }
    };
  })();
  const run = await runMeasured(build[0]!, build.slice(1), {
    cwd: site,
    // PORTAL_CACHE_DIR (where astro.config.ts reads it) names the same private cache explicitly.
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: contentDir,
      PORTAL_CACHE_DIR: join(site, 'node_modules', '.astro'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...(profiler ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${profiler}`.trim() } : {}),
    },
    onOutput,
  });
  const { seconds, exitCode: code, cpuSeconds, maxProcessRss, peakRss, peakProcesses } = run;
  await new Promise((done) => log.end(done));
  if (code !== 0) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`The ${label} build failed (exit ${code}). Log: ${logPath}\n\n${stripAnsi(tail)}`);
  }
  const find = (pattern: RegExp, after = 0) => marks.find((m) => m.at >= after && pattern.test(m.line))?.at;
  const validated = find(/content checked/) ?? 0;
  const syncStart = find(/Syncing content/) ?? validated;
  const syncEnd = find(/Synced content/) ?? syncStart;
  const bundleStart = find(/Building static entrypoints/) ?? syncEnd;
  const pagesStart = find(/generating static routes/) ?? bundleStart;
  // The step after Astro (sitemap and search index side by side, then Open Graph images) logs one
  // line when it finishes (before 26 Nov 13:30 UTC the sitemap was an astro:build:done hook with a line
  // of its own); each gets the time since the previous one.
  const hookPattern = /\[(portal:[\w-]+)\]/;
  const hookMarks = marks.filter((m) => m.at >= pagesStart && hookPattern.test(m.line) && !/content-validation/.test(m.line));
  const firstHook = hookMarks[0]?.at ?? seconds;
  const staticDone = [...marks].reverse().find((m) => m.at <= firstHook && /\[build\] ✓ Completed in/.test(m.line))?.at ?? firstHook;
  const imagesStart = find(/generating optimized images/, pagesStart);
  const hookNames: Record<string, string> = {
    'portal:sitemap': 'sitemap',
    'portal:after-astro': 'Astro exits; then sitemap ‖ Pagefind index, then Open Graph images',
  };
  const hooks: { name: string; seconds: number }[] = [];
  let previous = staticDone;
  for (const mark of hookMarks) {
    const id = hookPattern.exec(mark.line)![1]!;
    const name = `${hookNames[id] ?? 'build:done hook'} (${id})`;
    if (hooks.at(-1)?.name === name) hooks.at(-1)!.seconds += mark.at - previous;
    else hooks.push({ name, seconds: mark.at - previous });
    previous = mark.at;
  }
  const pagesBuilt = Number(/(\d+) page\(s\) built/.exec(marks.find((m) => /page\(s\) built/.test(m.line))?.line ?? '')?.[1] ?? 0);
  const phases = [
    { name: 'start-up, config, content validation', seconds: validated },
    { name: 'content sync (content layer)', seconds: syncEnd - syncStart },
    { name: 'types, build info', seconds: bundleStart - syncEnd + (syncStart - validated) },
    { name: 'bundling (Vite: pages + MDX modules)', seconds: pagesStart - bundleStart },
    { name: 'page generation (HTML)', seconds: (imagesStart ?? staticDone) - pagesStart },
    { name: 'image optimisation', seconds: imagesStart === undefined ? 0 : staticDone - imagesStart },
    ...hooks,
    { name: 'finish and exit', seconds: seconds - previous },
  ];
  return {
    seconds,
    cpuSeconds,
    maxProcessRss,
    peakRss,
    peakProcesses,
    pagesBuilt,
    phases,
    phaseStarts: { pagesStart, imagesStart: imagesStart ?? staticDone },
    warnings,
    log: logPath,
    load: run.load,
  };
}
