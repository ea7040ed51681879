import { memoize } from '../util/memoize';
import { localeToIntl, localeTraits, type Locale } from './locales';

/** Dates are calendar days in Vietnam; formatting in UTC would shift them near midnight. */
const timeZone = 'UTC';

// Making an Intl formatter costs far more than using one, and every page formats dates and
// numbers: one formatter per language and options for the whole build.
const dateFormat = memoize((lang: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...options, timeZone }));
const numberFormat = memoize((lang: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(lang, options));
const conjunction = memoize((lang: string) => new Intl.ListFormat(lang, { type: 'conjunction' }));
const regionNames = memoize((lang: string) => new Intl.DisplayNames([lang], { type: 'region' }));

/** How precisely a source dates something. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A date in the page's language, only as precise as its source.
 * @example formatDate(new Date('2023-10-12'), 'fr') // '12 octobre 2023'
 * @example formatDate(new Date('2009-09-01'), 'en', 'month') // 'September 2009'
 */
export function formatDate(date: Date, locale: Locale, precision: DatePrecision = 'day'): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'day' ? { dateStyle: 'long' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return dateFormat(localeToIntl(locale), options).format(date);
}

/**
 * A date written as precisely as its source: `2024`, `2024-07` or `2024-07-31`.
 * @example formatAsOf('2024-07', 'en') // 'July 2024'
 */
export function formatAsOf(asOf: string, locale: Locale): string {
  const [year, month, day] = asOf.split('-').map(Number) as [number, number?, number?];
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
  return formatDate(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)), locale, precision);
}

/** A span of days: `12–14 October 2023`, collapsed to one date when start and end are the same day. */
export function formatDateRange(start: Date, end: Date | undefined, locale: Locale): string {
  if (!end || end.getTime() === start.getTime()) return formatDate(start, locale);
  return dateFormat(localeToIntl(locale), { dateStyle: 'long' }).formatRange(start, end);
}

/** @example formatNumber(6892.67, 'de') // '6.892,67' */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(localeToIntl(locale), { maximumFractionDigits: 2 }).format(value);
}

/**
 * Month names joined as a list in the page's language.
 * @example formatMonths([9, 10], 'en') // 'September and October'
 */
export function formatMonths(months: readonly number[], locale: Locale): string {
  const lang = localeToIntl(locale);
  const names = months.map((m) => dateFormat(lang, { month: 'long' }).format(Date.UTC(2000, m - 1, 15)));
  return conjunction(lang).format(names);
}

/**
 * Items joined as a list in the page's language.
 * @example formatList(['Laos', 'France'], 'fr') // 'Laos et France'
 */
export function formatList(items: readonly string[], locale: Locale): string {
  return conjunction(localeToIntl(locale)).format(items);
}

/** Units a figure can be written in (key figures of press material, chart series): each one formatFigure() writes. */
export const figureUnits = ['km2', 'ha', 'people', 'percent', 'per-km2', 'vnd-billion', 'vnd-million', 'usd-million', 'mw', 'count', 'm', 'km'] as const;
export type FigureUnit = (typeof figureUnits)[number];

/**
 * A key figure with its unit, in the page's language.
 * @example formatFigure(6892.67, 'km2', 'en') // '6,892.67 km²'
 * @example formatFigure(50.8, 'vnd-million', 'en') // '₫50.8M'
 */
export function formatFigure(value: number, unit: FigureUnit, locale: Locale): string {
  const lang = localeToIntl(locale);
  const number = (v: number, options: Intl.NumberFormatOptions = {}) => numberFormat(lang, { maximumFractionDigits: 2, ...options }).format(v);
  switch (unit) {
    case 'km2':
      return `${number(value)} km²`;
    case 'per-km2':
      return `${number(value)}/km²`;
    case 'ha':
      return number(value, { style: 'unit', unit: 'hectare' });
    case 'percent':
      return number(value / 100, { style: 'percent', maximumFractionDigits: 2 });
    case 'm':
      return number(value, { style: 'unit', unit: 'meter' });
    case 'km':
      return number(value, { style: 'unit', unit: 'kilometer' });
    case 'mw':
      return `${number(value)} MW`;
    case 'vnd-billion':
      return number(value * 1e9, { style: 'currency', currency: 'VND', notation: 'compact', maximumFractionDigits: 2 });
    case 'vnd-million':
      return number(value * 1e6, { style: 'currency', currency: 'VND', notation: 'compact', maximumFractionDigits: 2 });
    case 'usd-million':
      return number(value * 1e6, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 });
    case 'people':
    case 'count':
      return number(value);
  }
}

/**
 * An amount of money; `compact` writes large amounts short ("US$6.2M").
 * @example formatMoney(150_000_000_000, 'VND', 'vi') // '150.000.000.000 ₫'
 */
export function formatMoney(value: number, currency: 'VND' | 'USD', locale: Locale, compact = false): string {
  return numberFormat(localeToIntl(locale), {
    style: 'currency',
    currency,
    ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }),
  }).format(value);
}

/** The name of a country in the page's language. @example countryName('LA', 'fr') // 'Laos' */
export function countryName(code: string, locale: Locale): string {
  return regionNames(localeToIntl(locale)).of(code) ?? code;
}

/**
 * Sentences joined as running text: Chinese and Japanese put no space after a full stop.
 * @example joinSentences(['一。', '二。'], 'ja') // '一。二。'
 */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
  return sentences.join(localeTraits(locale).script.sentenceSeparator);
}
