import { describe, expect, it } from 'vitest';
import { memoize } from './memoize';

describe('memoize', () => {
  it('computes once per distinct arguments and returns the same object', () => {
    let calls = 0;
    const make = memoize((width: number, codes: string[]) => {
      calls += 1;
      return { width, codes };
    });
    const first = make(320, ['VN']);
    expect(make(320, ['VN'])).toBe(first);
    expect(calls).toBe(1);
    expect(make(800, ['VN'])).not.toBe(first);
    expect(make(320, ['VN', 'LA'])).toEqual({ width: 320, codes: ['VN', 'LA'] });
    expect(calls).toBe(3);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const nothing = memoize((_: string) => {
      calls += 1;
      return undefined;
    });
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });
});
