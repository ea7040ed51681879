import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseRanges } from '../util/unicodeRanges';
import { trimLatinExtended } from './fontSubsets';

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
