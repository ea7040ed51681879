/** CSS unicode-range lists (`@font-face`), as the font code reads and rewrites them. */

export type Range = [from: number, to: number];

/** Parses a CSS unicode-range list ("U+0102-0103,U+0110"). */
export function parseRanges(list: string): Range[] {
  return list.split(',').map((part): Range => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
/** Writes ranges back as a unicode-range list. */
export const formatRanges = (ranges: readonly Range[]): string => ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');

/** The code points of `ranges` that are not in `remove`. */
export function subtractRanges(ranges: readonly Range[], remove: readonly Range[]): Range[] {
  let result: Range[] = [...ranges];
  for (const [ra, rb] of remove) {
    result = result.flatMap(([a, b]): Range[] => {
      if (rb < a || ra > b) return [[a, b]];
      return [...(a < ra ? [[a, ra - 1] as Range] : []), ...(rb < b ? [[rb + 1, b] as Range] : [])];
    });
  }
  return result;
}
