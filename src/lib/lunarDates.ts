import calendar from 'vietnamese-lunar-calendar';

/**
 * The Gregorian dates of a festival that follows the Vietnamese lunar calendar. The calendar is
 * Hồ Ngọc Đức's algorithm for Vietnam's time zone (UTC+7), as vietnamese-lunar-calendar implements
 * it: the Chinese calendar (UTC+8) gives other dates some years (Tết 1985: 21 January in Vietnam,
 * 20 February in China), so a Chinese lunar library would be wrong here.
 */

/** The branch of a lunar day, by the animal Vietnam gives it, and its names in the calendar. */
const branchNames: Record<string, readonly string[]> = {
  rat: ['Tý'],
  ox: ['Sửu'],
  tiger: ['Dần'],
  // The library writes the southern form, Mẹo.
  cat: ['Mão', 'Mẹo'],
  dragon: ['Thìn'],
  snake: ['Tỵ'],
  horse: ['Ngọ'],
  goat: ['Mùi'],
  monkey: ['Thân'],
  rooster: ['Dậu'],
  dog: ['Tuất'],
  pig: ['Hợi'],
};

/** A festival's rule: a day of a lunar month, or the nth day of a branch in it. */
export interface LunarRule {
  month: number;
  day?: number | undefined;
  branch?: string | undefined;
  nth?: number | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The next `count` Gregorian dates (UTC midnight) on which the rule falls, from `from` on
 * (included). A leap month never counts: festivals keep to the regular month.
 * @example lunarRuleDates({ month: 1, branch: 'cat', nth: 1 }, new Date('2026-12-07'), 1) // [2027-02-17]
 */
export function lunarRuleDates(rule: LunarRule, from: Date, count = 3): Date[] {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const found: Date[] = [];
  const seen = new Map<number, number>();
  // A lunar month repeats within 13 Gregorian months; count + 1 years always hold `count` of them.
  for (let time = start; found.length < count && time < start + (count + 1) * 366 * DAY_MS; time += DAY_MS) {
    const day = new Date(time);
    const lunar = new calendar.LunarDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    if (lunar.month !== rule.month || lunar.isLeap) continue;
    if (rule.day !== undefined) {
      if (lunar.date === rule.day) found.push(day);
      continue;
    }
    if (rule.branch === undefined || !branchNames[rule.branch]?.includes(lunar.lunarDate.chi)) continue;
    const nth = (seen.get(lunar.year) ?? 0) + 1;
    seen.set(lunar.year, nth);
    if (nth === (rule.nth ?? 1)) found.push(day);
  }
  return found;
}
