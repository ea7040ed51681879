/** The CPU profile of the cold build (--profile): where the main thread's time goes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
export interface ProfileRow {
  name: string;
  seconds: number;
  share: number;
}

/** Where a function lives: a package of node_modules, a file of the project, or what V8 calls it. */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native / V8 built-ins)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return pkg;
  if (path.startsWith('node:')) return 'node: built-in modules';
  const src = /\/(src\/.+)$/.exec(path)?.[1];
  if (src) return src;
  if (/\.astro\/\.prerender|\/chunks\/|prerender-entry/.test(path)) return '(prerender bundle: pages, components, MDX)';
  return path.split('/').slice(-2).join('/');
}

/** Self time of the main thread by owner and by function, over [from, to) seconds of the profile. */
function summariseProfile(file: string, from = 0, to = Infinity): { total: number; byOwner: ProfileRow[]; byFunction: ProfileRow[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let at = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1e6;
    at += delta;
    if (at < from || at >= to) return;
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    total += delta;
    const owner = ownerOf(frame.url, frame.functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + delta);
    const fn = `${frame.functionName || '(anonymous)'} — ${owner}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
  });
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([name, seconds]) => ({ name, seconds, share: total ? seconds / total : 0 }));
  return { total, byOwner: rows(owners), byFunction: rows(functions) };
}

/** The summary of the build process's profile in `dir`: the whole build, and page generation alone. */
export function profileOfBuild(dir: string, phaseStarts: { pagesStart: number; imagesStart: number }) {
  // The profile of the build process itself (Pagefind and sharp work outside its main thread).
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return file ? { file, whole: summariseProfile(file), pageGeneration: summariseProfile(file, phaseStarts.pagesStart, phaseStarts.imagesStart) } : undefined;
}

export type BuildProfile = NonNullable<ReturnType<typeof profileOfBuild>>;
