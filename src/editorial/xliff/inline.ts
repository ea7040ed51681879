import { sourceLocale, type Locale } from '../../i18n/locales';

/**
 * A piece of Markdown a translator must not change (the `[` and `](…)` of a link, the `**` of
 * emphasis, an inline code, a footnote reference, a component), carried whole as an inline code
 * of the XLIFF file. `open` and `close` pair around translatable words; `alone` stands by itself.
 */
export interface InlineCode {
  kind: 'open' | 'close' | 'alone';
  /** Pairs an `open` with its `close`; unique within a unit. */
  id: string;
  /** The Markdown the code stands for, byte for byte. */
  data: string;
  /** What the code is, for the translator's tool (XLIFF 1.2 `ctype`). */
  ctype: string;
}

/** The content of a unit: translatable text (raw Markdown text) and codes, in order. */
export type Inline = string | InlineCode;

/** The Markdown a unit's content stands for. @example inlineToMarkdown(['a ', { kind: 'alone', id: '1', data: '`x`', ctype: 'x-code' }]) // 'a `x`' */
export function inlineToMarkdown(parts: readonly Inline[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.data)).join('');
}

/** The words of a unit without its codes, for messages and notes. */
export function inlineText(parts: readonly Inline[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string')
    .join('')
    .trim();
}

/** Whether a unit has words to translate (not only codes, spaces and punctuation). */
export function hasWords(parts: readonly Inline[]): boolean {
  return /[\p{L}\p{N}]/u.test(inlineText(parts));
}

/**
 * A unit's content as one comparable string: codes by their Markdown, runs of white space as one
 * space (a translation tool may re-flow spaces; that is no change of the source text).
 */
export function comparable(parts: readonly Inline[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : `\u0000${part.kind}:${part.ctype === 'lb' ? '' : part.data.replace(/\s+/g, ' ')}\u0000`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A link of the portal written in a code, moved to the language of the translation: the Vietnamese
 * text links `/vi/…`, its French version `/fr/…` (docs/content-model.md: a link inside the portal
 * points to the same language). Every entry has a page in every language, so the address exists.
 * @example localizeCodeData('](/vi/history/x/)', 'fr') // '](/fr/history/x/)'
 */
export function localizeCodeData(data: string, locale: Locale): string {
  const prefix = `/${sourceLocale}/`;
  return data.replace(/(\]\(\s*<?|href=["'])([^)"'\s>]*)/g, (whole, lead: string, url: string) =>
    url.startsWith(prefix) ? `${lead}/${locale}/${url.slice(prefix.length)}` : whole,
  );
}
