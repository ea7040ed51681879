import type { Plugin } from 'vite';
import { formatRanges, parseRanges, subtractRanges } from '../util/unicodeRanges';

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
        ? block.replace(
            /unicode-range:\s*([^;]+);/,
            (_, list: string) => `unicode-range: ${formatRanges(subtractRanges(parseRanges(list), parseRanges(vietnamese)))};`,
          )
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
