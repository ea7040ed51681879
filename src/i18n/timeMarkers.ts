import { localeTraits, type Locale } from './locales';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words that date a sentence in a language (locales.ts `timeMarkers`); a year up to 2025 dates any sentence. */
export const markerPattern = (locale: Locale): RegExp => {
  const { words, wholeWords } = localeTraits(locale).timeMarkers;
  const alternatives = words.map(escape).join('|');
  return wholeWords ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`, 'iu') : new RegExp(alternatives, 'u');
};

/** Whether a text says by itself that it is about the past ("former Yên Bái province", "tỉnh Yên Bái (cũ)"). */
export function carriesTimeMarker(text: string, locale: Locale): boolean {
  return markerPattern(locale).test(text);
}
