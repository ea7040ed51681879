import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHistory } from '../../src/editorial/gitHistory';
import { translationStatus } from '../../src/editorial/translationStatus';

/** A throwaway repository whose commits have the dates we choose. */
function repository() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-translations-'));
  const git = (date: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'e@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'e@example.org' },
    });
  git('2026-01-01T00:00:00Z', 'init', '-q');
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const commit = (date: string, message: string) => {
    git(date, 'add', '-A');
    git(date, 'commit', '-q', '-m', message);
  };
  return { dir, write, commit };
}

const stateOf = (dir: string, locale: string) =>
  translationStatus('content', readGitHistory('content', dir), dir).find((r) => r.slug === 'thac-ba-lake' && r.locale === locale)?.state;

describe('translation status from git history', () => {
  it('marks a translation outdated when the Vietnamese file changes after it, and up to date once revised', () => {
    const repo = repository();
    repo.write('content/articles/thac-ba-lake/vi.mdx', 'v1');
    repo.write('content/articles/thac-ba-lake/en.mdx', 'e1');
    repo.write('content/articles/thac-ba-lake/fr.mdx', 'f1');
    repo.commit('2026-02-01T08:00:00Z', 'Thác Bà lake in vi, en, fr');
    expect(stateOf(repo.dir, 'en')).toBe('up-to-date');

    repo.write('content/articles/thac-ba-lake/vi.mdx', 'v2');
    repo.commit('2026-03-01T08:00:00Z', 'Update the Vietnamese text');
    expect(stateOf(repo.dir, 'en')).toBe('outdated');
    expect(stateOf(repo.dir, 'fr')).toBe('outdated');

    repo.write('content/articles/thac-ba-lake/en.mdx', 'e2');
    repo.commit('2026-03-05T08:00:00Z', 'Follow the Vietnamese update in English');
    expect(stateOf(repo.dir, 'en')).toBe('up-to-date');
    expect(stateOf(repo.dir, 'fr')).toBe('outdated');
    expect(stateOf(repo.dir, 'ja')).toBe('missing');
    expect(stateOf(repo.dir, 'vi')).toBe('source');
  });

  it('keeps a translation up to date when only language-neutral facts of the Vietnamese file change', () => {
    const repo = repository();
    const vi = (places: string) => `---\ntitle: Hồ Thác Bà\ndescription: Hồ nhân tạo trên sông Chảy.\ntopic: tourism\nplaces: [${places}]\n---\n\nVăn bản.\n`;
    repo.write('content/articles/thac-ba-lake/vi.mdx', vi('yen-binh'));
    repo.write('content/articles/thac-ba-lake/en.mdx', 'e1');
    repo.commit('2026-02-01T08:00:00Z', 'Thác Bà lake');
    repo.write('content/articles/thac-ba-lake/vi.mdx', vi('yen-binh, luc-yen'));
    repo.commit('2026-03-01T08:00:00Z', 'Add a place');
    expect(stateOf(repo.dir, 'en')).toBe('up-to-date');
    repo.write('content/articles/thac-ba-lake/vi.mdx', vi('yen-binh, luc-yen').replace('Văn bản.', 'Văn bản mới.'));
    repo.commit('2026-04-01T08:00:00Z', 'New text');
    expect(stateOf(repo.dir, 'en')).toBe('outdated');
  });

  it('reports a translation that is not committed yet', () => {
    const repo = repository();
    repo.write('content/articles/thac-ba-lake/vi.mdx', 'v1');
    repo.write('content/articles/thac-ba-lake/en.mdx', 'e1');
    repo.commit('2026-02-01T08:00:00Z', 'Thác Bà lake');
    repo.write('content/articles/thac-ba-lake/de.mdx', 'd1');
    expect(stateOf(repo.dir, 'de')).toBe('uncommitted');
  });

  it('knows when it reads a shallow clone', () => {
    const repo = repository();
    repo.write('content/articles/thac-ba-lake/vi.mdx', 'v1');
    repo.write('content/articles/thac-ba-lake/en.mdx', 'e1');
    repo.commit('2026-02-01T08:00:00Z', 'first');
    repo.write('content/articles/thac-ba-lake/vi.mdx', 'v2');
    repo.commit('2026-03-01T08:00:00Z', 'second');
    const clone = mkdtempSync(join(tmpdir(), 'portal-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    const history = readGitHistory('content', clone);
    expect(history.shallow).toBe(true);
    expect(readGitHistory('content', repo.dir).shallow).toBe(false);
  });

  it('knows when there is no git history at all (a build from an archive), so the build can say so', () => {
    const archive = mkdtempSync(join(tmpdir(), 'portal-archive-'));
    mkdirSync(join(archive, 'content', 'articles', 'thac-ba-lake'), { recursive: true });
    writeFileSync(join(archive, 'content', 'articles', 'thac-ba-lake', 'vi.mdx'), 'v1');
    writeFileSync(join(archive, 'content', 'articles', 'thac-ba-lake', 'en.mdx'), 'e1');
    expect(readGitHistory('content', archive)).toMatchObject({ available: false });
    expect(stateOf(archive, 'en')).toBe('uncommitted');
  });
});
