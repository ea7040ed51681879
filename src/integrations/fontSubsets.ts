import type { Plugin } from 'vite';

type Range = [from: number, to: number];

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

/**
 * Takes out of Be Vietnam Pro's Latin Extended subsets the letters its Vietnamese subsets have
 * (ă đ ĩ ũ ơ ư and the like). Both subsets' unicode-ranges cover them, and Chromium fetched the
 * Latin Extended file for a single "ơ" although every page loads the Vietnamese one: one more font
 * request (13 KB) on every page, three on pages with Vietnamese in bold, and Lighthouse counts
 * them. Latin Extended is then fetched only for letters only it has (œ, ā, ł…).
 */
export function trimLatinExtended(css: string): string {
  const blocks = css.split(/(?=\/\* be-vietnam-pro-)/);
  const rangesOf = (subset: string) => /unicode-range:\s*([^;]+);/.exec(blocks.find((b) => b.includes(`be-vietnam-pro-${subset}-`)) ?? '')?.[1];
  const vietnamese = rangesOf('vietnamese');
  if (!vietnamese) return css;
  return blocks
    .map((block) =>
      block.includes('be-vietnam-pro-latin-ext-')
        ? block.replace(/unicode-range:\s*([^;]+);/, (_, list: string) => `unicode-range: ${formatRanges(subtractRanges(parseRanges(list), parseRanges(vietnamese)))};`)
        : block,
    )
    .join('');
}

/** Applies trimLatinExtended() to the weights of Be Vietnam Pro that the pages import. */
export function fontSubsets(): Plugin {
  return {
    name: 'portal:font-subsets',
    enforce: 'pre',
    transform(code, id) {
      if (/@fontsource\/be-vietnam-pro\/\d00\.css$/.test(id)) return trimLatinExtended(code);
    },
  };
}
