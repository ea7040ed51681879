import { describe, expect, it } from 'vitest';
import { suggestLocale } from './suggestLocale';

describe('suggestLocale()', () => {
  const available = ['vi', 'en', 'fr', 'ja', 'ko', 'de', 'zh', 'lo'];

  it('matches a regional browser language on its primary subtag', () => {
    expect(suggestLocale(['fr-CA', 'en-US'], available)).toBe('fr');
    expect(suggestLocale(['zh-Hans-CN'], available)).toBe('zh');
  });

  it('skips languages the portal does not have', () => {
    expect(suggestLocale(['th-TH', 'lo-LA'], available)).toBe('lo');
  });

  it('suggests nothing when no preferred language is available', () => {
    expect(suggestLocale(['es', 'pt-BR'], available)).toBeUndefined();
  });
});
