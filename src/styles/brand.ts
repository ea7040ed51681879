/**
 * The portal's colours, for code that cannot read CSS: the browser's theme colour in page heads and
 * the Open Graph images. src/styles/global.css (custom properties) and public/favicon.svg write the
 * same values; brand.test.ts fails when one of them drifts.
 */
export const brand = {
  /** Deep green: header, buttons, the favicon's background. */
  green: '#0d4a3a',
  greenStrong: '#083326',
  /** The red of the stripe and the accents. */
  red: '#a8322a',
  /** The gold of the rice-terrace line in the logo. */
  gold: '#f2c14e',
} as const;
