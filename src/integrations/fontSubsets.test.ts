import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formatRanges, parseRanges, subtractRanges, trimLatinExtended } from './fontSubsets';

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

describe('trimLatinExtended', () => {
  const css = readFileSync(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/700.css'), 'utf8');
  const rangeOf = (text: string, subset: string) =>
    parseRanges(new RegExp(`be-vietnam-pro-${subset}-700-normal[\\s\\S]*?unicode-range:\\s*([^;]+);`).exec(text)![1]!);
  const covers = (ranges: [number, number][], char: string) => ranges.some(([a, b]) => char.codePointAt(0)! >= a && char.codePointAt(0)! <= b);

  it('leaves Vietnamese letters to the Vietnamese subset and the rest of Latin Extended where it was', () => {
    const trimmed = trimLatinExtended(css);
    for (const char of 'ăđĩũơưạếỹ') {
      expect(covers(rangeOf(trimmed, 'latin-ext'), char), char).toBe(false);
      expect(covers(rangeOf(trimmed, 'vietnamese'), char), char).toBe(true);
    }
    for (const char of 'œāłŠ€') expect(covers(rangeOf(trimmed, 'latin-ext'), char), char).toBe(covers(rangeOf(css, 'latin-ext'), char));
    // The Vietnamese and Latin rules are untouched.
    expect(rangeOf(trimmed, 'vietnamese')).toEqual(rangeOf(css, 'vietnamese'));
    expect(rangeOf(trimmed, 'latin')).toEqual(rangeOf(css, 'latin'));
  });
});
