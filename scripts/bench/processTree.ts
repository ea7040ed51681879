/** Running a command and watching it from outside: wall time, CPU, peak memory of its process tree, machine load. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunLoad } from './format.ts';

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): { total: number; processes: { name: string; rss: number }[] } {
  let parents: Map<number, number[]>;
  try {
    parents = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const list = parents.get(ppid) ?? [];
        list.push(Number(name));
        parents.set(ppid, list);
      } catch {
        // the process ended while we looked
      }
    }
  } catch {
    return { total: 0, processes: [] };
  }
  let total = 0;
  const processes: { name: string; rss: number }[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
      if (kb) {
        total += Number(kb) * 1024;
        processes.push({ name: /Name:\s+(.+)/.exec(status)?.[1] ?? '?', rss: Number(kb) * 1024 });
      }
    } catch {
      continue;
    }
    queue.push(...(parents.get(current) ?? []));
  }
  return { total, processes };
}

/** Load average over 1, 5 and 15 minutes (/proc/loadavg), two decimals. */
export const currentLoad = () => loadavg().map((l) => Number(l.toFixed(2)));

export interface MeasuredRun {
  seconds: number;
  /** CPU seconds (user + system) of the command and its children, from GNU time; undefined without it. */
  cpuSeconds?: number;
  /** Largest resident size of any single process of the tree, from GNU time. */
  maxProcessRss?: number;
  /** Highest sum of resident memory of the tree, sampled every 100 ms. */
  peakRss: number;
  /** The processes that made up the peak, e.g. "node 2.88 GB + pagefind 1.20 GB". */
  peakProcesses: string;
  load: RunLoad;
  exitCode: number | null;
}

const TIME = '/usr/bin/time';

/**
 * Runs a command under GNU time (where present), sampling the memory of its process tree and the
 * machine's load; `onOutput` sees its stdout and stderr as they arrive, with the seconds since start.
 */
export async function runMeasured(
  command: string,
  args: string[],
  { cwd, env, onOutput }: { cwd: string; env: NodeJS.ProcessEnv; onOutput: (chunk: Buffer, at: number) => void },
): Promise<MeasuredRun> {
  const timeDir = mkdtempSync(join(tmpdir(), 'portal-bench-time-'));
  const timePath = join(timeDir, 'time.txt');
  const load: RunLoad = { before: currentLoad(), after: [], max: 0 };
  const start = performance.now();
  const [program, ...programArgs] = existsSync(TIME) ? [TIME, '-f', '%e %U %S %M', '-o', timePath, command, ...args] : [command, ...args];
  const child = spawn(program!, programArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peakRss = 0;
  let peakProcesses = '';
  let ticks = 0;
  const sampler = setInterval(() => {
    if (++ticks % 10 === 0) load.max = Math.max(load.max, currentLoad()[0]!);
    if (!child.pid) return;
    const sample = treeRss(child.pid);
    if (sample.total > peakRss) {
      peakRss = sample.total;
      // What made up the peak: the processes over 50 MB at that moment, and their share.
      peakProcesses = sample.processes
        .filter((p) => p.rss > 50 * 1024 * 1024)
        .sort((a, b) => b.rss - a.rss)
        .map((p) => `${p.name} ${(p.rss / 1024 ** 3).toFixed(2)} GB`)
        .join(' + ');
    }
  }, 100);
  const handle = (chunk: Buffer) => onOutput(chunk, (performance.now() - start) / 1000);
  child.stdout.on('data', handle);
  child.stderr.on('data', handle);
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  load.after = currentLoad();
  load.max = Math.max(load.max, load.before[0]!, load.after[0]!);
  const time = existsSync(timePath) ? readFileSync(timePath, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  rmSync(timeDir, { recursive: true, force: true });
  return {
    seconds,
    cpuSeconds: time.length === 4 ? time[1]! + time[2]! : undefined,
    maxProcessRss: time.length === 4 ? time[3]! * 1024 : undefined,
    peakRss,
    peakProcesses,
    load,
    exitCode,
  };
}

/**
 * Runs a shell command line measured, its output into `logPath`; throws with the log's tail if it
 * fails. A line `@step NAME` that the command prints starts a step, timed until the next or the end.
 */
export async function runLogged(
  label: string,
  commandLine: string,
  { cwd, env, logPath }: { cwd: string; env: NodeJS.ProcessEnv; logPath: string },
): Promise<MeasuredRun & { steps: { name: string; seconds: number }[] }> {
  const log = createWriteStream(logPath);
  const marks: { name: string; at: number }[] = [];
  const run = await runMeasured('/bin/sh', ['-c', commandLine], {
    cwd,
    env,
    onOutput: (chunk, at) => {
      log.write(chunk);
      for (const match of chunk.toString('utf8').matchAll(/^@step (\S+)$/gm)) marks.push({ name: match[1]!, at });
    },
  });
  await new Promise((done) => log.end(done));
  if (run.exitCode !== 0) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`The ${label} build failed (exit ${run.exitCode}). Log: ${logPath}\n\n${tail}`);
  }
  const steps = marks.map((mark, i) => ({ name: mark.name, seconds: (marks[i + 1]?.at ?? run.seconds) - mark.at }));
  return { ...run, steps };
}
