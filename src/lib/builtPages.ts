import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { eachLimited } from './eachLimited';

/**
 * Reads every HTML page of a built site (dist/) a few at a time and keeps only what `read` takes
 * from each, in path order. Reading them all at once held every page in memory together: at 8,000
 * pages that was the build's peak.
 * @param read gets the page's HTML and its URL path ('/en/history/' for en/history/index.html)
 */
export async function mapBuiltPages<T>(site: string, read: (html: string, path: string) => T, concurrency = 16): Promise<T[]> {
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const results = new Array<T>(files.length);
  await eachLimited(files, concurrency, async (file, i) => {
    const path = `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
    results[i] = read(await readFile(join(site, file), 'utf8'), path);
  });
  return results;
}
