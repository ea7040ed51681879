import { describe, expect, it } from 'vitest';
import { branchName, lunarRuleWords } from './lunarRuleWords';
import { translatorFor } from '../i18n/translator';

describe('lunarRuleWords()', () => {
  it('writes a day rule and a branch rule in the reader’s language', () => {
    expect(lunarRuleWords({ month: 1, day: 15 }, 'en', translatorFor('en'))).toBe('Lunar calendar: day 15 of month 1');
    expect(lunarRuleWords({ month: 1, branch: 'cat', nth: 1 }, 'vi', translatorFor('vi'))).toBe('Âm lịch: ngày Mão thứ 1 của tháng 1');
    expect(lunarRuleWords({ month: 1, branch: 'cat', nth: 1 }, 'ja', translatorFor('ja'))).toBe('旧暦1月の1番目の卯の日');
  });

  it('names a branch as each writing system does', () => {
    expect([branchName('cat', 'en'), branchName('cat', 'zh'), branchName('cat', 'ko')]).toEqual(['Mão', '卯', '묘']);
  });
});
