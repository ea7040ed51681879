import type { LunarRule } from './lunarDates';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translator';

/** The twelve branches of the calendar in the order of the cycle, as each writing system names them. */
const branches = ['rat', 'ox', 'tiger', 'cat', 'dragon', 'snake', 'horse', 'goat', 'monkey', 'rooster', 'dog', 'pig'] as const;
const vietnamese = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];
const han = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];
const hangul = ['자', '축', '인', '묘', '진', '사', '오', '미', '신', '유', '술', '해'];

/**
 * The name of a day's branch for a reader: the calendar's own character in Japanese and Chinese,
 * its Korean reading, else the Vietnamese name (which the sources use).
 * @example branchName('cat', 'ja') // '卯'
 */
export function branchName(branch: string, locale: Locale): string {
  const i = branches.indexOf(branch as (typeof branches)[number]);
  if (i < 0) return branch;
  return locale === 'ja' || locale === 'zh' ? han[i]! : locale === 'ko' ? hangul[i]! : vietnamese[i]!;
}

/**
 * A festival's lunar rule in words, with `t` giving the sentence (`events.rule.day`,
 * `events.rule.branch`).
 * @example lunarRuleWords({ month: 1, day: 15 }, 'en', t) // 'Lunar calendar: day 15 of month 1'
 */
export function lunarRuleWords(rule: LunarRule, locale: Locale, t: Translate): string {
  return rule.day !== undefined
    ? t('events.rule.day', { day: rule.day, month: rule.month })
    : t('events.rule.branch', { branch: branchName(rule.branch ?? '', locale), nth: rule.nth ?? 1, month: rule.month });
}
