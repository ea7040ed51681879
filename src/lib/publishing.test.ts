import { describe, expect, it } from 'vitest';
import { isPublished } from './publishing';

describe('isPublished()', () => {
  const now = new Date('2026-11-26T00:00:00Z');

  it('publishes an entry that is neither a draft nor embargoed', () => {
    expect(isPublished({ draft: false }, now)).toBe(true);
  });

  it('keeps a draft out', () => {
    expect(isPublished({ draft: true }, now)).toBe(false);
  });

  it('keeps an embargoed entry out until its publish date, then publishes it', () => {
    const publishDate = new Date('2026-12-01T00:00:00Z');
    expect(isPublished({ draft: false, publishDate }, now)).toBe(false);
    expect(isPublished({ draft: false, publishDate }, new Date('2026-12-01T00:00:00Z'))).toBe(true);
  });
});
