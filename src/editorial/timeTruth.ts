import type { Locale } from '../i18n/locales';
import { markerPattern } from '../i18n/timeMarkers';
import { quote } from './bodyPolicy';
import type { ContentProblem } from './problems';

/**
 * Time truth: since 1 July 2025 Yên Bái is no longer a province and districts no longer exist, so
 * a sentence that names a former unit ("Mù Cang Chải district", "huyện Văn Yên", "la province de
 * Yên Bái") must say it is a former one, or when: a marker of time in the same sentence ("former",
 * "until 2025", "cũ", "trước đây", "ancien", "旧", a year…). Sentences without one are warnings,
 * which an editor either fixes or accepts with a reason (`acceptedWarnings` in the file).
 */

/** A former unit of local government, with its name in each language (content/data/places.yaml). */
export interface FormerUnit {
  id: string;
  name: Partial<Record<Locale, string>> & { en: string };
}

const YEAR = /(?<!\d)(1[0-9]{3}|20[01][0-9]|202[0-5])(?!\d)/u;
const sameSpaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/gu, ' ');

/** The unit's name without the marker its own name carries ("tỉnh Yên Bái (cũ)" → "tỉnh Yên Bái"). */
function bareName(name: string, locale: Locale): string {
  return name
    .replace(markerPattern(locale), '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of one line of Markdown: headings, list items and table cells end a sentence too. */
function sentencesOf(line: string): string[] {
  const text = line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`[^`]*`/g, ' ')
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/, '');
  // A full stop ends a sentence when a space follows and no digit precedes it ("1. Juli", "3.5%"
  // and "40.000" go on); Chinese and Japanese stops need no space. A semicolon joins clauses of
  // one sentence, so a date before it still dates what follows.
  return text
    .split(/\|/)
    .flatMap((cell) => cell.split(/(?<=(?<!\d)[.!?])\s+|(?<=[。！？])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A text to check, where it is in its file. */
export interface DatedText {
  text: string;
  /** Line in the file of the text's first line. */
  line: number;
}

/**
 * Warnings for the sentences of `texts` that name a former unit without a marker of time.
 * `accepted` lists the phrases the file accepts (its `acceptedWarnings`), each with a reason.
 */
export function timeTruthWarnings(
  file: string,
  locale: Locale,
  texts: readonly DatedText[],
  units: readonly FormerUnit[],
  accepted: readonly { text: string }[] = [],
): ContentProblem[] {
  const marker = markerPattern(locale);
  const names = units.map((unit) => ({ id: unit.id, bare: bareName(unit.name[locale] ?? unit.name.en, locale) })).filter((n) => n.bare.length > 2);
  const warnings: ContentProblem[] = [];
  for (const { text, line } of texts) {
    text.split('\n').forEach((row, offset) => {
      for (const sentence of sentencesOf(row)) {
        const lower = sentence.toLocaleLowerCase(locale);
        const named = names.find((n) => lower.includes(n.bare.toLocaleLowerCase(locale)));
        if (!named || marker.test(sentence) || YEAR.test(sentence)) continue;
        // Compared with every kind of space as one (French writes no-break spaces before « : »).
        if (accepted.some((a) => a.text && sameSpaces(sentence).includes(sameSpaces(a.text)))) continue;
        warnings.push({
          file,
          line: line + offset,
          severity: 'warning',
          title: `\`${quote(named.bare, 60)}\` named as if it still existed`,
          detail: `"${quote(sentence, 160)}" Since 1 July 2025 districts no longer exist and Yên Bái is part of the new Lào Cai province.`,
          fix: 'Say it is a former unit or when the sentence was true ("former", "until 30 June 2025", "cũ", "trước ngày 1/7/2025"). If the sentence is right as it is, accept it in the frontmatter: `acceptedWarnings: [{ text: "…a phrase of the sentence…", reason: "…why…" }]`.',
        });
      }
    });
  }
  return warnings;
}
