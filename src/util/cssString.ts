/**
 * Text as a CSS string literal, safe inside a `<style>` element: quotes and backslashes escaped,
 * line breaks and `<` written as CSS escapes (so `</style>` cannot end the element).
 * @example cssString('Yên Bái "portal"') // '"Yên Bái \\"portal\\""'
 */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/\r\n|[\n\r\f]/g, '\\a ')
    .replace(/</g, '\\3c ')}"`;
}
