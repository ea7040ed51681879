/**
 * ISO 3166-1 codes of the countries the maps name: alpha-2 (what the content and `Intl.DisplayNames`
 * use) to numeric (what Natural Earth shapes in world-atlas are keyed by).
 */
export const isoNumeric = {
  VN: '704',
  LA: '418',
  FR: '250',
  JP: '392',
  CN: '156',
  KH: '116',
  TH: '764',
  MM: '104',
} as const;

export type CountryCode = keyof typeof isoNumeric;

/** @example isCountryCode('LA') // true; isCountryCode('XX') // false */
export function isCountryCode(code: string): code is CountryCode {
  return Object.hasOwn(isoNumeric, code);
}

/** @example codeOfNumeric('418') // 'LA' */
export function codeOfNumeric(id: string | number | undefined): CountryCode | undefined {
  return (Object.keys(isoNumeric) as CountryCode[]).find((code) => isoNumeric[code] === String(id));
}
