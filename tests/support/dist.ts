import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

/** Fails clearly when the tests run without a build (`npm test` builds first). */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm test` (it builds the site first) or `npm run build`.');
  }
}

/** Every HTML page of the build, as its URL path ('/en/history/x/'). */
export function builtPages(): string[] {
  return (readdirSync(distDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML of a built page by its URL path. */
export function readPage(path: string): string {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  return readFileSync(file, 'utf8');
}
