/**
 * The language a source's title is written in, for `lang` on the title in the list of sources
 * (titles stay as published, whatever the page's language). Read from the title itself: its
 * script, then, in the Latin script, the share of words with Vietnamese letters and the function
 * words of French and German. The publisher in brackets at the end is left out; names such as
 * "Yên Bái" in an English title do not make it Vietnamese.
 * @example sourceLanguage('Nhiều điểm sáng trong bức tranh kinh tế Yên Bái (Báo Yên Bái)') // 'vi'
 */
export function sourceLanguage(title: string): string {
  const text = title.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Lao}/u.test(text)) return 'lo';
  if (/\p{Script=Thai}/u.test(text)) return 'th';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  const words = text.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
  if (words.length === 0) return 'en';
  const vietnamese = words.filter((w) =>
    /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|[àáãèéìíòóõùúý](?=.*[\p{L}])|^(?:và|của|tỉnh|năm|những|các|người|với|trong|được|cho)$/u.test(w),
  );
  if (vietnamese.length / words.length >= 0.4) return 'vi';
  const count = (list: readonly string[]) => words.filter((w) => list.includes(w)).length;
  if (count(['de', 'la', 'le', 'les', 'des', 'du', 'et', 'en', 'une', 'un', 'au', 'aux', "l'", 'pour', 'sur']) >= 2 || /\b(?:l|d)'/i.test(text)) return 'fr';
  if (count(['der', 'die', 'das', 'und', 'des', 'im', 'von', 'mit', 'für', 'zur', 'zum']) >= 2) return 'de';
  return 'en';
}

/**
 * `lang` for a source title on a page in `pageLang`: the title's language, or undefined when it is
 * the page's own (no attribute needed).
 * @example titleLangOn('Thac Ba Lake – Wikipedia', 'en') // undefined
 */
export function titleLangOn(title: string, pageLang: string): string | undefined {
  const lang = sourceLanguage(title);
  return lang === pageLang ? undefined : lang;
}
