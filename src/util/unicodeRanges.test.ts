import { describe, expect, it } from 'vitest';
import { formatRanges, parseRanges, subtractRanges } from './unicodeRanges';

describe('unicode ranges', () => {
  it('round-trip through parse and format', () => {
    expect(formatRanges(parseRanges('U+0100-02BA, U+2020,U+1E00-1E9F'))).toBe('U+0100-02BA,U+2020,U+1E00-1E9F');
  });

  it('subtract single points and ranges, splitting where needed', () => {
    expect(subtractRanges(parseRanges('U+0100-01FF'), parseRanges('U+0102-0103,U+0110,U+01F0-0200'))).toEqual([
      [0x100, 0x101],
      [0x104, 0x10f],
      [0x111, 0x1ef],
    ]);
    expect(subtractRanges(parseRanges('U+2020'), parseRanges('U+0300-0301'))).toEqual([[0x2020, 0x2020]]);
  });
});
