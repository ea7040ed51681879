import { describe, expect, it } from 'vitest';
import { cssString } from './cssString';

describe('cssString()', () => {
  it('quotes text and escapes what would end the string or the style element', () => {
    expect(cssString('Yên Bái')).toBe('"Yên Bái"');
    expect(cssString('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    expect(cssString('a</style><script>')).toBe('"a\\3c /style>\\3c script>"');
    expect(cssString('two\nlines')).toBe('"two\\a lines"');
  });
});
