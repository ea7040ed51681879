/**
 * The one table of languages, with everything the portal needs to know about each: routes, the
 * switcher, hreflang, the sitemap, Pagefind, fonts, Open Graph images, content rules and the tests
 * all derive from it. Adding a language is one entry here (with its UI strings' import) plus one
 * JSON file in `./ui/` (docs/adding-a-language.md).
 */
import vi from './ui/vi.json';
import en from './ui/en.json';
import fr from './ui/fr.json';
import ja from './ui/ja.json';
import ko from './ui/ko.json';
import de from './ui/de.json';
import zh from './ui/zh.json';
import lo from './ui/lo.json';

/** What the portal knows about a language. */
export interface LocaleDefinition {
  /** The URL prefix (`/fr/`) and the content file name (`fr.mdx`). */
  code: string;
  /** BCP 47 tag for `<html lang>`, hreflang and Pagefind's index. */
  lang: string;
  /** Tag for `Intl` dates and numbers, when it differs from `lang`. */
  intl?: string;
  /** The language's own name, as the switcher and the language chooser show it. */
  name: string;
  /** The UI strings (`./ui/<code>.json`), with exactly the keys of the Vietnamese file. */
  ui: Record<string, string>;
  /** Writing direction of the page. */
  dir: 'ltr' | 'rtl';
  /** Every entry must have a file in this language. */
  required: boolean;
  /** How the language's script is set, drawn and searched. */
  script: {
    /** Fontsource package that draws this script on Open Graph images (none: the Latin font). */
    ogFont?: string;
    /** Language satori uses to pick the glyph variants of shared Han characters. */
    ogLang?: string;
    /** `keep-all` keeps words whole when lines break (Korean; Lao, once segmented). */
    wordBreak: 'normal' | 'keep-all';
    /** Stacked marks need taller lines (Lao). */
    tallLines: boolean;
    /** Written without spaces between words: split with Intl.Segmenter for Pagefind. */
    segmentForSearch: boolean;
    /** Latin script: pages carry the `đ`-folded forms of their words ("Dong Cuong" finds "Đông Cuông"). */
    foldedSearchAliases: boolean;
    /** What joins two sentences: nothing in Chinese and Japanese, a space elsewhere. */
    sentenceSeparator: '' | ' ';
    /** Language names are common nouns written in lower case inside a sentence ("bản tiếng Anh"). */
    lowercaseLanguageNames: boolean;
  };
  /** Link texts that do not say where a link leads (compared case-insensitively). */
  vagueLinkLabels: readonly string[];
  /**
   * Words that date a sentence naming a former unit ("former", "until", "cũ", "旧"…), for the
   * time-truth check of `npm run check`; `wholeWords` where words are separated by spaces.
   */
  timeMarkers: { words: readonly string[]; wholeWords: boolean };
  /** How `npm run check` spell-checks the language's text (src/editorial/spelling.ts); none: it does not. */
  spelling?: {
    /** The cspell dictionary package; the portal's own words are in docs/words/<code>.txt. */
    dictionary: string;
    /**
     * The letters the language writes besides a–z: a word with another letter ("mùa" in German,
     * "sông" in English) that the Vietnamese dictionary knows is Vietnamese, kept as written.
     */
    letters: string;
    /** The language writes compounds as one word ("Teeanbaugebiet"): those the dictionary can build count as known. */
    compounds?: boolean;
  };
}

const latin = {
  wordBreak: 'normal',
  tallLines: false,
  segmentForSearch: false,
  foldedSearchAliases: true,
  sentenceSeparator: ' ',
  lowercaseLanguageNames: false,
} as const;

export const locales = [
  {
    code: 'vi',
    lang: 'vi',
    name: 'Tiếng Việt',
    ui: vi,
    dir: 'ltr',
    required: true,
    spelling: { dictionary: '@cspell/dict-vi-vn', letters: 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ' },
    script: { ...latin, lowercaseLanguageNames: true },
    vagueLinkLabels: ['xem thêm', 'tại đây', 'bấm vào đây', 'nhấn vào đây', 'ở đây', 'đây', 'chi tiết'],
    timeMarkers: {
      words: [
        'cũ',
        'trước đây',
        'trước khi',
        'trước năm',
        'trước ngày',
        'đến hết',
        'đến ngày',
        'đến năm',
        'khi đó',
        'khi ấy',
        'lúc đó',
        'lúc ấy',
        'thời kỳ',
        'thời điểm',
        'thời đó',
        'từng',
        'đã',
        'nay là',
        'nay thuộc',
        'nay nằm',
        'giai đoạn',
        'trước sáp nhập',
        'trước hợp nhất',
        'trước đó',
        'sau đó',
        'lúc bấy giờ',
        'bấy giờ',
      ],
      wholeWords: true,
    },
  },
  {
    code: 'en',
    lang: 'en',
    // Dates and numbers in English follow British usage ("1 July 2025"), as the articles do.
    intl: 'en-GB',
    name: 'English',
    ui: en,
    dir: 'ltr',
    required: true,
    spelling: { dictionary: '@cspell/dict-en-gb-mit', letters: '' },
    script: latin,
    vagueLinkLabels: ['click here', 'here', 'read more', 'more', 'this link', 'link'],
    timeMarkers: {
      words: [
        'former',
        'formerly',
        'then',
        'until',
        'before',
        'at the time',
        'once',
        'was',
        'were',
        'had',
        'became',
        'used to',
        'old',
        'previous',
        'previously',
      ],
      wholeWords: true,
    },
  },
  {
    code: 'fr',
    lang: 'fr',
    name: 'Français',
    ui: fr,
    dir: 'ltr',
    required: false,
    spelling: { dictionary: '@cspell/dict-fr-fr', letters: 'àâæçéèêëîïôœùûüÿ' },
    script: latin,
    vagueLinkLabels: ['ici', 'cliquez ici', 'en savoir plus', 'lire la suite', 'plus', 'ce lien'],
    timeMarkers: {
      words: [
        'ancien',
        'ancienne',
        'anciens',
        'anciennes',
        "jusqu'au",
        "jusqu'en",
        "jusqu'à",
        'avant',
        'alors',
        "à l'époque",
        'autrefois',
        'était',
        'étaient',
        'fut',
        'furent',
        'a été',
        'avait',
        'avaient',
        'devenu',
        'devenue',
      ],
      wholeWords: true,
    },
  },
  {
    code: 'ja',
    lang: 'ja',
    name: '日本語',
    ui: ja,
    dir: 'ltr',
    required: false,
    script: { ...latin, ogFont: '@fontsource/noto-sans-jp', ogLang: 'ja-JP', foldedSearchAliases: false, sentenceSeparator: '' },
    vagueLinkLabels: ['こちら', 'ここ', 'ここをクリック', '詳細', 'もっと見る'],
    timeMarkers: { words: ['旧', '当時', 'まで', 'かつて', 'だった', 'でした', 'であった', 'ていた', '以前', 'ました'], wholeWords: false },
  },
  {
    code: 'ko',
    lang: 'ko',
    name: '한국어',
    ui: ko,
    dir: 'ltr',
    required: false,
    script: { ...latin, ogFont: '@fontsource/noto-sans-kr', ogLang: 'ko-KR', wordBreak: 'keep-all', foldedSearchAliases: false },
    vagueLinkLabels: ['여기', '여기를 클릭', '더 보기', '자세히'],
    timeMarkers: { words: ['옛', '당시', '까지', '이전', '였', '었', '했', '던'], wholeWords: false },
  },
  {
    code: 'de',
    lang: 'de',
    name: 'Deutsch',
    ui: de,
    dir: 'ltr',
    required: false,
    spelling: { dictionary: '@cspell/dict-de-de', letters: 'äöüß', compounds: true },
    script: latin,
    vagueLinkLabels: ['hier', 'hier klicken', 'mehr', 'weiterlesen', 'mehr erfahren', 'dieser link'],
    timeMarkers: {
      words: [
        'ehemalig',
        'ehemalige',
        'ehemaligen',
        'ehemaliger',
        'ehemaliges',
        'bis',
        'damals',
        'damalige',
        'damaligen',
        'damaliger',
        'früher',
        'frühere',
        'früheren',
        'einst',
        'war',
        'waren',
        'wurde',
        'wurden',
        'hatte',
        'hatten',
        'vormals',
        'vorherigen',
        'wiedergegründete',
      ],
      wholeWords: true,
    },
  },
  {
    code: 'zh',
    lang: 'zh-Hans',
    name: '简体中文',
    ui: zh,
    dir: 'ltr',
    required: false,
    script: { ...latin, ogFont: '@fontsource/noto-sans-sc', ogLang: 'zh-CN', foldedSearchAliases: false, sentenceSeparator: '' },
    vagueLinkLabels: ['这里', '点击这里', '点击此处', '更多', '详情'],
    timeMarkers: { words: ['原', '旧', '当时', '时任', '曾', '此前', '以前', '之前', '至'], wholeWords: false },
  },
  {
    code: 'lo',
    lang: 'lo',
    name: 'ພາສາລາວ',
    ui: lo,
    dir: 'ltr',
    required: false,
    script: { ...latin, ogFont: '@fontsource/noto-sans-lao', wordBreak: 'keep-all', tallLines: true, segmentForSearch: true, foldedSearchAliases: false },
    vagueLinkLabels: ['ທີ່ນີ້', 'ກົດທີ່ນີ້', 'ເພີ່ມເຕີມ'],
    timeMarkers: { words: ['ອະດີດ', 'ຈົນຮອດ', 'ກ່ອນ', 'ເຄີຍ', 'ໃນເວລານັ້ນ', 'ສະໄໝ', 'ເກົ່າ'], wholeWords: false },
  },
] as const satisfies readonly LocaleDefinition[];

export type Locale = (typeof locales)[number]['code'];

/** The language content is written in first; it carries the language-neutral facts. */
export const sourceLocale: Locale = 'vi';

/** Where a reader goes when their language is missing: English first, then the source language. */
export const fallbackOrder: readonly Locale[] = ['en', 'vi'];

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

/** Languages every entry must have. */
export const requiredLocales: readonly Locale[] = locales.filter((l) => l.required).map((l) => l.code);

/** @example isLocale('fr') // true; isLocale('xx') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

const byCode = new Map<string, LocaleDefinition>(locales.map((l) => [l.code, l]));

/** Everything the portal knows about one language. @example localeTraits('lo').script.segmentForSearch // true */
export function localeTraits(locale: Locale): LocaleDefinition {
  return byCode.get(locale)!;
}

/** The BCP 47 tag for `<html lang>` and `Intl`. @example localeToLang('zh') // 'zh-Hans' */
export function localeToLang(locale: Locale): string {
  return localeTraits(locale).lang;
}

/** The tag for `Intl` formatting. @example localeToIntl('en') // 'en-GB' */
export function localeToIntl(locale: Locale): string {
  const traits = localeTraits(locale);
  return traits.intl ?? traits.lang;
}

/** The language's own name. @example localeName('ja') // '日本語' */
export function localeName(locale: Locale): string {
  return localeTraits(locale).name;
}
