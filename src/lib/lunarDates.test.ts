import calendar from 'vietnamese-lunar-calendar';
import { describe, expect, it } from 'vitest';
import { lunarRuleDates } from './lunarDates';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

describe('lunarRuleDates()', () => {
  it('finds Tết, the first day of the first lunar month, in the Vietnamese calendar', () => {
    // Published dates of Tết Nguyên đán: 6 February 2027, 26 January 2028, 13 February 2029.
    expect(iso(lunarRuleDates({ month: 1, day: 1 }, new Date('2026-12-07')))).toEqual(['2027-02-06', '2028-01-26', '2029-02-13']);
  });

  it('follows Vietnam’s time zone where the Chinese calendar differs (Tết 1985)', () => {
    expect(iso(lunarRuleDates({ month: 1, day: 1 }, new Date('1984-12-01'), 1))).toEqual(['1985-01-21']);
  });

  it('finds the first Mão day of the first lunar month (the Đông Cuông temple festival)', () => {
    expect(iso(lunarRuleDates({ month: 1, branch: 'cat', nth: 1 }, new Date('2026-12-07'), 1))).toEqual(['2027-02-17']);
    const dates = lunarRuleDates({ month: 1, branch: 'cat', nth: 1 }, new Date('2026-12-07'));
    expect(dates).toHaveLength(3);
    for (const date of dates) {
      const lunar = new calendar.LunarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
      expect(lunar.month).toBe(1);
      expect(['Mão', 'Mẹo']).toContain(lunar.lunarDate.chi);
      // The first one: the Mão day before it, twelve days earlier, is not in the first month.
      const before = new Date(date.getTime() - 12 * 86_400_000);
      expect(new calendar.LunarDate(before.getUTCFullYear(), before.getUTCMonth() + 1, before.getUTCDate()).month).not.toBe(1);
    }
  });

  it('starts from the given day and skips a festival already past this year', () => {
    expect(iso(lunarRuleDates({ month: 1, day: 1 }, new Date('2027-02-07'), 1))).toEqual(['2028-01-26']);
    expect(iso(lunarRuleDates({ month: 1, day: 1 }, new Date('2027-02-06'), 1))).toEqual(['2027-02-06']);
  });
});
