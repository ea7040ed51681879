import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('astro build with broken content', () => {
  it('stops before rendering and names the file, the line and the fix', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'portal-broken-'));
    const run = promisify(execFile)(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, PORTAL_CONTENT_DIR: 'tests/fixtures/content/unknown-place', PORTAL_CACHE_DIR: mkdtempSync(join(tmpdir(), 'portal-cache-')) },
    });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure, 'the build must fail').toBeDefined();
    const output = `${failure!.stdout}\n${failure!.stderr}`;
    expect(output).toContain('The content has mistakes; nothing was built.');
    expect(output).toContain('tests/fixtures/content/unknown-place/articles/mu-cang-chai-terraces/vi.mdx');
    expect(output).toContain('line 6: Unknown place `sa-pa`');
    expect(output).toContain('Fix: Use one of: yen-bai-ward, mu-cang-chai.');
  });
});

describe('npm run build -- --production', () => {
  it('refuses to build without PORTAL_SITE_URL, naming the variable, before anything is built', async () => {
    const { PORTAL_SITE_URL: _, ...env } = process.env;
    const failure = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts'), '--production', '--outDir', mkdtempSync(join(tmpdir(), 'portal-prod-'))], {
      cwd: root,
      env,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('A production build needs PORTAL_SITE_URL');
  });
});
