import { describe, expect, it } from 'vitest';
import { articleFiles } from '../../tests/support/collectionFixtures';
import { groupEntries, viewOf } from './localizedEntries';

const now = new Date('2026-12-07');
const published = () => groupEntries('articles', articleFiles, { now, showUnpublished: false });

describe('groupEntries()', () => {
  it('groups language files into entries sorted by slug, with the facts of the vi file and its defaults', () => {
    const entries = published();
    expect(entries.map((e) => e.slug)).toEqual(['lake', 'terraces']);
    const terraces = entries[1]!;
    expect(terraces.translations).toEqual(['vi', 'en', 'fr']);
    expect(terraces.facts).toMatchObject({ topic: 'tourism', places: [], sectors: [], featured: false, draft: false });
    expect(terraces.facts).not.toHaveProperty('title');
  });

  it('leaves drafts and embargoed entries out of a build, and keeps them for astro dev', () => {
    expect(published().some((e) => e.slug === 'notes' || e.slug === 'soon')).toBe(false);
    const dev = groupEntries('articles', articleFiles, { now, showUnpublished: true });
    expect(dev.map((e) => e.slug)).toEqual(['lake', 'notes', 'soon', 'terraces']);
  });

  it('publishes an embargoed entry from its publishDate on', () => {
    const later = groupEntries('articles', articleFiles, { now: new Date('2027-01-02'), showUnpublished: false });
    expect(later.map((e) => e.slug)).toContain('soon');
  });

  it('refuses an entry without its Vietnamese file', () => {
    expect(() =>
      groupEntries(
        'articles',
        articleFiles.filter((f) => f.id !== 'lake/vi'),
        { now, showUnpublished: false },
      ),
    ).toThrow('content/articles/lake/ has no vi.mdx');
  });
});

describe('viewOf()', () => {
  const [lake, terraces] = published() as [ReturnType<typeof published>[number], ReturnType<typeof published>[number]];
  const never = () => undefined;

  it('shows a real translation as it is', () => {
    expect(viewOf(terraces, 'fr', never)).toMatchObject({ requested: 'fr', shown: 'fr', isFallback: false, words: { title: 'Rizières en terrasses' } });
  });

  it('falls back to English, marked as a fallback, where the language is missing', () => {
    expect(viewOf(lake, 'ja', never)).toMatchObject({ requested: 'ja', shown: 'en', isFallback: true, words: { title: 'Thác Bà Lake' } });
  });

  it('asks since when a translation is outdated, never for the Vietnamese source', () => {
    const asked: string[] = [];
    const since = new Date('2026-02-02');
    const outdated = (entry: { slug: string }, shown: string) => (asked.push(`${entry.slug}/${shown}`), since);
    expect(viewOf(terraces, 'en', outdated).outdatedSince).toBe(since);
    expect(viewOf(terraces, 'vi', outdated).outdatedSince).toBeUndefined();
    expect(asked).toEqual(['terraces/en']);
  });
});
