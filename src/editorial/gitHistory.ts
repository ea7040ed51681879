import { execFileSync } from 'node:child_process';

/** When each file last changed in git, from one `git log` over a folder. */
export interface GitHistory {
  /** Date of the last commit that touched the file (path relative to the repository root). */
  lastChange: Map<string, Date>;
  /** A shallow clone knows only part of the history: dates may be too recent. */
  shallow: boolean;
  /** False when the folder is not in a git repository (e.g. a downloaded archive). */
  available: boolean;
}

/**
 * Reads the history of `folder` (relative to `cwd`). Each file gets the date of the newest commit
 * that touched it; files never committed are absent.
 */
export function readGitHistory(folder: string, cwd = process.cwd()): GitHistory {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const prefix = git('rev-parse', '--show-prefix').trim();
    const shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
    const log = git('log', '--format=%x00%cI', '--name-only', '--no-renames', '--', folder);
    const lastChange = new Map<string, Date>();
    for (const block of log.split('\0').slice(1)) {
      const [date, ...files] = block.split('\n').filter(Boolean);
      for (const file of files) {
        // git prints paths from the repository root; callers use paths from `cwd`.
        const path = prefix && file.startsWith(prefix) ? file.slice(prefix.length) : file;
        if (!lastChange.has(path)) lastChange.set(path, new Date(date!));
      }
    }
    return { lastChange, shallow, available: true };
  } catch {
    return { lastChange: new Map(), shallow: false, available: false };
  }
}
