import { describe, expect, it } from 'vitest';
import { readState, writeState } from './search';

describe('search state in the URL', () => {
  const keys = ['type', 'sector', 'capital'];

  it('reads the query, repeated filters and the sort order', () => {
    expect(readState('?q=tea&sector=agro-processing&sector=agriculture-forestry&sort=capital', keys)).toEqual({
      q: 'tea',
      filters: { sector: ['agro-processing', 'agriculture-forestry'] },
      sort: 'capital',
    });
  });

  it('ignores unknown sort orders and filters', () => {
    expect(readState('?sort=price&colour=red', keys)).toEqual({ q: '', filters: {}, sort: '' });
  });

  it('writes a state that reads back the same', () => {
    const state = { q: 'Mù Cang Chải', filters: { type: ['article'], capital: ['usd-1m-5m'] }, sort: 'date' as const };
    expect(readState(writeState(state), keys)).toEqual(state);
  });
});
