import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { entryCollections, type EntryCollectionName } from '../schemas/registry';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';

/**
 * What a translator translates in a vi file: its words and text, without the language-neutral
 * facts (which translations inherit). Two versions with the same fingerprint need no new translation.
 */
function wordsFingerprint(source: string, collection: EntryCollectionName): string {
  const neutral = new Set(Object.keys(entryCollections[collection].neutral.shape));
  const data = parseFrontmatter(source)?.data ?? {};
  // Accepted warnings are notes for the check, not text a translator translates.
  const words = Object.entries(data)
    .filter(([key]) => !neutral.has(key) && key !== 'acceptedWarnings')
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([words, (splitFrontmatter(source)?.body ?? source).trim()]);
}

/**
 * Whether the words or text of a vi file changed since `since` (the last commit of a translation):
 * compares the file now with the version that was current then. A change of facts alone does not
 * make a translation outdated.
 */
export function sourceWordsChangedSince(viPath: string, since: Date, collection: EntryCollectionName, cwd = process.cwd()): boolean {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const then = git('log', '-1', '--format=%H', `--before=${since.toISOString()}`, '--', viPath).trim();
    if (!then) return true;
    const before = git('show', `${then}:./${viPath}`);
    const now = readFileSync(resolve(cwd, viPath), 'utf8');
    return wordsFingerprint(before, collection) !== wordsFingerprint(now, collection);
  } catch {
    return true;
  }
}
