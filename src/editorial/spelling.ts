import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SpellingDictionary } from 'cspell-lib';
import { mdxToMdast } from 'satteri';
import { localeCodes, localeTraits, sourceLocale, type Locale } from '../i18n/locales';
import { quote } from './bodyPolicy';
import type { ContentProblem } from './problems';
import type { DatedText } from './timeTruth';

/**
 * Spelling: `npm run check` reads the words of every language that has a dictionary (`spelling` in
 * src/i18n/locales.ts: cspell's Vietnamese, British English, French and German dictionaries) and
 * warns about each word that is neither in it nor in the portal's own word lists,
 * docs/words/<code>.txt and docs/words/names.txt (place names, people, glossary terms).
 * Vietnamese keeps its diacritics in every Latin-script language, so in a translation a word of the
 * Vietnamese dictionary is Vietnamese, kept as written, when it is capitalised (a name: "Chải"),
 * has a letter the language does not write ("phủ" in English), or stands beside another such word
 * (a Vietnamese phrase: "mùa vàng"). The same holds for the other dictionaries (a French term in
 * an English text), except that a capitalised word counts only inside a name of several words.
 */

/** The words of one file, to check. */
export interface SpellingInput {
  file: string;
  locale: Locale;
  texts: readonly DatedText[];
  /** Phrases the file accepts (`acceptedWarnings`): a word inside one is not reported. */
  accepted: readonly { text: string }[];
}

/** Where the portal's word lists are kept, relative to the project root. */
const wordListDir = 'docs/words';
/** The list of names every language shares. */
const SHARED_LIST = 'names.txt';

/** A word of a text and the line it is on. */
interface PlacedWord {
  word: string;
  line: number;
}

// Letters of words (with their combining marks), digits, and the apostrophes and hyphens inside words.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
/** A word with a letter of the Latin script: words in other scripts (a Lao or Japanese name in brackets) are another language's. */
const LATIN = /\p{Script=Latin}/u;
/** What is left of a French elision or an English possessive once split at its apostrophe. */
const CLITICS = new Set(['jusqu', 'lorsqu', 'puisqu', 'quelqu', 'presqu']);

/** Web and e-mail addresses, and domain names written as text ("doingoailaocai.vn"). */
const ADDRESS =
  /\b(?:https?:\/\/|www\.|mailto:)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net|gov|int|edu|info|fr|jp|kr|la|de|cn|eu|uk)\b\S*/giu;

/**
 * The words of a text with their lines. Not words to check: tokens with a digit, single letters,
 * abbreviations and names written with capitals inside ("UNESCO", "QĐ-TTg", "VietnamPlus"),
 * addresses, and the first half of a compound that shares its second half ("Investitions- und").
 * @example wordsOf('Thác Bà lake, 1930s\nUNESCO', 3) // [{ word: 'Thác', line: 3 }, { word: 'Bà', line: 3 }, { word: 'lake', line: 3 }]
 */
export function wordsOf(text: string, line: number): PlacedWord[] {
  const words: PlacedWord[] = [];
  text
    .normalize('NFC')
    .split('\n')
    .forEach((row, offset) => {
      const prose = row.replace(ADDRESS, ' ');
      for (const match of prose.matchAll(TOKEN)) {
        const token = match[0];
        if (/\p{N}/u.test(token) || [...token].length < 2) continue;
        // The first half of a compound whose second half is shared ("land- und forstwirtschaftlich").
        if (/^[-‐]\s/u.test(prose.slice(match.index + token.length, match.index + token.length + 2))) continue;
        if (/[\p{L}\p{M}]\p{Lu}/u.test(token)) continue;
        words.push({ word: token, line: line + offset });
      }
    });
  return words;
}

/** The five tones on o, a, e, u and y, in the same order. */
const TONES = { o: 'óòỏõọ', a: 'áàảãạ', e: 'éèẻẽẹ', u: 'úùủũụ', y: 'ýỳỷỹỵ' };
/** Endings written with the tone on the first letter, and on the second: ["óa", "oá"], ["Ủy", "Uỷ"]… */
const TONE_PAIRS: [string, string][] = (['o', 'u'] as const).flatMap((first) =>
  (first === 'o' ? (['a', 'e'] as const) : (['y'] as const)).flatMap((second) =>
    [...TONES[first]].flatMap((marked, tone) => {
      const modern = `${first}${TONES[second][tone]}`;
      return [
        [`${marked}${second}`, modern],
        [`${marked.toLocaleUpperCase()}${second}`, `${first.toLocaleUpperCase()}${TONES[second][tone]}`],
      ] as [string, string][];
    }),
  ),
);

/**
 * Vietnamese writes the tone of "oa", "oe" and "uy" at the end of a word on either letter ("hóa"
 * and "hoá", "thủy" and "thuỷ"); both are correct, the dictionary has one of them.
 * @example toneVariant('hóa') // 'hoá'
 */
export function toneVariant(word: string): string | undefined {
  for (const [old, modern] of TONE_PAIRS) {
    if (word.endsWith(old)) return word.slice(0, -old.length) + modern;
    if (word.endsWith(modern)) return word.slice(0, -modern.length) + old;
  }
  return undefined;
}

interface ProseNode {
  type: string;
  value?: string;
  alt?: string | null;
  name?: string | null;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: ProseNode[];
}

/**
 * The prose of an MDX body, line by line: text, link labels, alt texts and `title` attributes;
 * without code, addresses, component props or passages marked as another language
 * (`<span lang="fr">…</span>`). `firstLine` is the line of the file where the body starts.
 */
export function bodyProse(body: string, locale: Locale, firstLine: number): DatedText[] {
  const texts: DatedText[] = [];
  let tree: ProseNode;
  try {
    tree = mdxToMdast(body, { features: { gfm: true } }) as ProseNode;
  } catch {
    // A body MDX cannot read is a content problem already; its words wait until it is fixed.
    return texts;
  }
  const lineOf = (node: ProseNode) => firstLine + (node.position?.start.line ?? 1) - 1;
  const visit = (node: ProseNode) => {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'html':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return;
      case 'text':
        texts.push({ text: node.value ?? '', line: lineOf(node) });
        return;
      case 'image':
        if (node.alt) texts.push({ text: node.alt, line: lineOf(node) });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attribute = (name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
        const lang = attribute('lang');
        if (typeof lang === 'string' && lang.split('-')[0]!.toLowerCase() !== locale) return;
        // A component's props are data (ids, numbers, addresses), not prose.
        if (/^[A-Z]/.test(node.name ?? '')) return;
        const title = attribute('title');
        if (typeof title === 'string') texts.push({ text: title, line: lineOf(node) });
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return texts;
}

/** The words of a word list file: one per line, `#` starts a comment. */
export function readWordList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().normalize('NFC'))
    .filter(Boolean);
}

/** A dictionary of one language, read from its cspell package. */
interface Dictionary {
  id: string;
  has(word: string): boolean;
  suggest(word: string): string[];
}

const require = createRequire(import.meta.url);

/** Changes when the way answers are made changes, so that an older cache is not read. */
const CACHE_FORMAT = 2;

/** Answers already known for a dictionary, kept between runs so that it is loaded only for new words. */
interface DictionaryCache {
  has: Record<string, boolean>;
  suggest: Record<string, string[]>;
}

/**
 * A dictionary package's answers, from the cache in node_modules/.cache while every word asked is
 * in it, else from cspell (loading the dictionary takes seconds; looking up a word, microseconds).
 */
class CachedDictionary implements Dictionary {
  readonly id: string;
  private cache: DictionaryCache;
  private dirty = false;
  private loaded: Promise<SpellingDictionary> | undefined;
  private pending = new Set<string>();
  private readonly settingsFile: string;

  constructor(
    packageName: string,
    private readonly cacheFile: string,
    private readonly compounds: boolean,
  ) {
    // Dictionary packages export their cspell settings file, not package.json: it is read beside it.
    this.settingsFile = require.resolve(`${packageName}/cspell-ext.json`);
    const version = (JSON.parse(readFileSync(join(dirname(this.settingsFile), 'package.json'), 'utf8')) as { version: string }).version;
    this.id = `${CACHE_FORMAT}:${packageName}@${version}${compounds ? '+compounds' : ''}`;
    let cache: DictionaryCache = { has: {}, suggest: {} };
    try {
      const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as DictionaryCache & { id: string };
      if (stored.id === this.id) cache = { has: stored.has, suggest: stored.suggest };
    } catch {
      // No cache yet, or an unreadable one: the dictionary answers.
    }
    this.cache = cache;
  }

  /** Asks for the words not cached yet, all at once. */
  async prepare(words: Iterable<string>): Promise<void> {
    for (const word of words) if (!(word in this.cache.has)) this.pending.add(word);
    if (this.pending.size === 0) return;
    const dictionary = await this.load();
    // Compounds count in a language that writes them as one word (German: "fünffarbigen").
    for (const word of this.pending) {
      this.cache.has[word] = dictionary.has(word, { ignoreCase: false }) || (this.compounds && dictionary.has(word, { ignoreCase: false, useCompounds: true }));
    }
    this.pending.clear();
    this.dirty = true;
  }

  has(word: string): boolean {
    return this.cache.has[word] === true;
  }

  suggest(word: string): string[] {
    return this.cache.suggest[word] ?? [];
  }

  /** Finds suggestions for words the dictionary does not know (only those get a warning). */
  async prepareSuggestions(words: Iterable<string>): Promise<void> {
    const missing = [...words].filter((word) => !(word in this.cache.suggest));
    if (missing.length === 0) return;
    const dictionary = await this.load();
    for (const word of missing) {
      this.cache.suggest[word] = dictionary
        .suggest(word, { numSuggestions: 4, ignoreCase: false })
        .map((s) => s.word)
        // Two words for one ("beautiful l") is no suggestion for a slip of the keyboard.
        .filter((s) => s !== word && !/\s/.test(s))
        .slice(0, 3);
    }
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(dirname(this.cacheFile), { recursive: true });
      writeFileSync(this.cacheFile, JSON.stringify({ id: this.id, ...this.cache }));
    } catch {
      // A read-only tree still gets its answers; the next run loads the dictionary again.
    }
  }

  private load(): Promise<SpellingDictionary> {
    this.loaded ??= (async () => {
      const { getDictionary, readSettings } = await import('cspell-lib');
      const settings = await readSettings(this.settingsFile);
      const names = (settings.dictionaryDefinitions ?? []).map((definition) => definition.name);
      return getDictionary({ ...settings, dictionaries: names });
    })();
    return this.loaded;
  }
}

/** The word lists of the portal: the shared names and each language's own words. */
function loadWordLists(root: string): { shared: Set<string>; byLocale: Map<string, Set<string>> } {
  const dir = join(root, wordListDir);
  const byLocale = new Map<string, Set<string>>();
  let shared = new Set<string>();
  if (!existsSync(dir)) return { shared, byLocale };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const words = new Set(readWordList(readFileSync(join(dir, name), 'utf8')));
    if (name === SHARED_LIST) shared = words;
    else byLocale.set(name.replace(/\.txt$/, ''), words);
  }
  return { shared, byLocale };
}

/** `Word` for a capitalised word, else undefined. */
const lowerFirst = (word: string): string | undefined => {
  const [first = '', ...rest] = [...word];
  const lowered = first.toLocaleLowerCase();
  return lowered !== first ? lowered + rest.join('') : undefined;
};

/** The same capitalisation as `like` (a suggestion for "Provnz" is "Provinz", not "provinz"). */
const capitaliseLike = (word: string, like: string): string => (lowerFirst(like) && !lowerFirst(word) ? word[0]!.toLocaleUpperCase() + word.slice(1) : word);

/**
 * Spelling warnings for the words of many files at once: the dictionaries are asked once for all
 * distinct words. `root` is the project root (the word lists are in docs/words/).
 */
export async function spellingWarnings(inputs: readonly SpellingInput[], root: string): Promise<ContentProblem[]> {
  const checked = inputs.filter((input) => localeTraits(input.locale).spelling);
  if (checked.length === 0) return [];
  const cacheDir = join(root, 'node_modules', '.cache', 'portal-spelling');
  const dictionaries = new Map<Locale, CachedDictionary>();
  const dictionaryOf = (locale: Locale): CachedDictionary => {
    const { dictionary, compounds = false } = localeTraits(locale).spelling!;
    if (!dictionaries.has(locale)) dictionaries.set(locale, new CachedDictionary(dictionary, join(cacheDir, `${locale}.json`), compounds));
    return dictionaries.get(locale)!;
  };
  const lists = loadWordLists(root);

  // Each text's words in order (a phrase in another language is recognised by its neighbours).
  const placed = checked.map((input) => ({ input, texts: input.texts.map((t) => wordsOf(t.text, t.line)) }));
  // Every word is looked up in every dictionary, in every form it may be written in.
  const allWords = new Set(placed.flatMap(({ texts }) => texts.flat().flatMap(({ word }) => formsOf(word))));
  await Promise.all(spellCheckedLocales.map((locale) => dictionaryOf(locale).prepare(allWords)));

  const inList = (word: string, locale: Locale) => lists.shared.has(word) || lists.byLocale.get(locale)?.has(word) === true;
  /** Known to a language: its dictionary (Vietnamese: in either tone placement) or the portal's lists. */
  const knownIn = (word: string, locale: Locale, withLists: boolean): boolean => {
    const dictionary = dictionaryOf(locale);
    const lowered = lowerFirst(word);
    return [word, ...(lowered ? [lowered] : [])].some(
      (form) => dictionary.has(form) || (withLists && inList(form, locale)) || (locale === sourceLocale && dictionary.has(toneVariant(form) ?? '')),
    );
  };
  /** Known to the language, whole or part by part ("Val-de-Marne", "l'ancienne"). */
  const ownWord = (word: string, locale: Locale): boolean => {
    if (knownIn(word, locale, true)) return true;
    const parts = partsOf(word);
    return (
      parts.length > 1 &&
      parts.every(
        (part) => CLITICS.has(part.toLocaleLowerCase()) || [...part].length <= 2 || knownIn(part, locale, true) || foreignIn(part, locale) !== undefined,
      )
    );
  };
  /** The other language whose dictionary knows the word, if any (Vietnamese first). */
  const foreignIn = (word: string, locale: Locale): Locale | undefined => spellCheckedLocales.find((other) => other !== locale && knownIn(word, other, false));

  const found: { input: SpellingInput; word: string; line: number }[] = [];
  for (const { input, texts } of placed) {
    const { locale } = input;
    const letters = new RegExp(`^[a-z${localeTraits(locale).spelling!.letters}'’\\-‐]+$`, 'iu');
    const seen = new Set<string>();
    for (const words of texts) {
      // Words of another language: known to its dictionary, not to this one's.
      const foreign = words.map(({ word }) => (ownWord(word, locale) ? undefined : foreignIn(word, locale)));
      words.forEach(({ word, line }, index) => {
        if (!LATIN.test(word) || ownWord(word, locale)) return;
        const other = foreign[index];
        // A Vietnamese name, a word written with letters this language does not have, a word of a
        // phrase in another language (another such word at most two words away), or a capitalised
        // word of a name ("Vientiane Province", "France Bleu").
        const phrase = [index - 2, index - 1, index + 1, index + 2].some((near) => foreign[near]);
        const capital = (near: number) => lowerFirst(words[near]?.word ?? '') !== undefined;
        const inName = capital(index) && (capital(index - 1) || capital(index + 1));
        if (other && ((other === sourceLocale && capital(index)) || !letters.test(word) || phrase || inName)) return;
        if (input.accepted.some((a) => a.text.normalize('NFC').includes(word))) return;
        // In "l'ancinne" or "Khau-Phạ-Pas", the part that is wrong is the word to correct.
        const parts = partsOf(word).filter(
          (part) => !CLITICS.has(part.toLocaleLowerCase()) && [...part].length > 2 && !ownWord(part, locale) && !foreignIn(part, locale),
        );
        for (const wrong of parts.length ? parts : [word]) {
          // One warning per word and line: the same slip twice in a sentence is one thing to fix.
          const key = `${line}\u0000${wrong}`;
          if (seen.has(key)) continue;
          seen.add(key);
          found.push({ input, word: wrong, line });
        }
      });
    }
  }
  const unknownByLocale = new Map<Locale, Set<string>>();
  for (const { input, word } of found) {
    if (!unknownByLocale.has(input.locale)) unknownByLocale.set(input.locale, new Set());
    unknownByLocale.get(input.locale)!.add(word);
  }
  await Promise.all([...unknownByLocale].map(([locale, words]) => dictionaryOf(locale).prepareSuggestions(words)));
  for (const dictionary of dictionaries.values()) dictionary.save();

  return found.map(({ input, word, line }) => {
    const suggestions = [
      ...new Set(
        dictionaryOf(input.locale)
          .suggest(word)
          .map((s) => capitaliseLike(s, word)),
      ),
    ];
    const list = `${wordListDir}/${input.locale}.txt`;
    return {
      file: input.file,
      line,
      severity: 'warning',
      title: `Unknown word \`${quote(word, 60)}\``,
      detail: `Not in the ${localeTraits(input.locale).name} dictionary, nor in ${list} or ${wordListDir}/${SHARED_LIST}.${
        suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''
      }`,
      fix: `Correct the word. If it is right (a name, a term of the glossary), add it to ${list} (or to ${wordListDir}/${SHARED_LIST} for a name used in every language), or accept it in this file's frontmatter: \`acceptedWarnings: [{ text: "${quote(word, 60)}", reason: "…why…" }]\`.`,
    } satisfies ContentProblem;
  });
}

/** The forms a word is looked up in: as written, without its capital, its tone variant, and the same for its parts. */
function formsOf(word: string): string[] {
  return [word, ...partsOf(word)].flatMap((part) => {
    const lowered = lowerFirst(part);
    return [part, ...(lowered ? [lowered] : [])].flatMap((form) => [form, ...(toneVariant(form) ? [toneVariant(form)!] : [])]);
  });
}

/** The parts of a word joined by hyphens or apostrophes ("Val-de-Marne", "l'ancienne"); none for a plain word. */
function partsOf(word: string): string[] {
  const parts = word.split(/['’\-‐]/u).filter(Boolean);
  return parts.length > 1 ? parts : [];
}

/** The languages `npm run check` spell-checks, from src/i18n/locales.ts. */
export const spellCheckedLocales: readonly Locale[] = localeCodes.filter((code) => localeTraits(code).spelling);
