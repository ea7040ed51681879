/**
 * Text prepared for Pagefind, whose tokenizer folds combining accents but not `đ`, and does not
 * split Lao (written without spaces between words).
 */

import { memoize } from '../util/memoize';

/**
 * Folds Vietnamese to plain ASCII letters, `đ` included.
 * @example foldVietnamese('Đông Cuông') // 'Dong Cuong'
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * The folded forms of the words that contain `đ`/`Đ`, once each, so that a query typed without
 * diacritics ("Dong Cuong") finds a page that writes "Đông Cuông".
 * @example searchAliases('Đền Đông Cuông ở Văn Yên') // ['Den', 'Dong']
 */
export function searchAliases(text: string): string[] {
  const words = text.match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [];
  return [...new Set(words.map(foldVietnamese))];
}

/**
 * Puts spaces between the words of a Lao text (with the ICU dictionary of `Intl.Segmenter`), so
 * Pagefind can index and match each word.
 * @example segmentWords('ແຂວງວຽງຈັນ', 'lo') // 'ແຂວງ ວຽງຈັນ'
 */
export function segmentWords(text: string, lang: string): string {
  return [...wordSegmenter(lang).segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ');
}

const wordSegmenter = memoize((lang: string) => new Intl.Segmenter(lang, { granularity: 'word' }));

/**
 * Scripts written without spaces between words, whose queries are split as the index was
 * (locales.ts `segmentForSearch`). Read from the query itself, so the browser needs no list of
 * languages. Chinese and Japanese are left to Pagefind, which splits them itself.
 */
const unspacedScript = /[\p{Script=Lao}\p{Script=Thai}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** A search query split into words where its script needs it. @example segmentQuery('ແຂວງວຽງຈັນ', 'lo') // 'ແຂວງ ວຽງຈັນ' */
export function segmentQuery(query: string, lang: string): string {
  return unspacedScript.test(query) ? segmentWords(query, lang) : query;
}

/** Plain text of a Markdown body: no markup, no link targets. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>|`~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Buckets make ranges filterable: Pagefind filters match exact values. */
export const capitalBuckets = [
  { id: 'usd-lt-1m', max: 1e6 },
  { id: 'usd-1m-5m', max: 5e6 },
  { id: 'usd-5m-20m', max: 20e6 },
  { id: 'usd-20m-100m', max: 100e6 },
  { id: 'usd-100m-plus', max: Infinity },
] as const;

export const areaBuckets = [
  { id: 'ha-lt-5', max: 5 },
  { id: 'ha-5-20', max: 20 },
  { id: 'ha-20-100', max: 100 },
  { id: 'ha-100-plus', max: Infinity },
] as const;

/** @example bucketOf(3_000_000, capitalBuckets) // 'usd-1m-5m' */
export function bucketOf<B extends { id: string; max: number }>(value: number, buckets: readonly B[]): B['id'] {
  return buckets.find((b) => value < b.max)!.id;
}
