import { buildDay } from '../config/buildDay';
import type { Locale } from '../i18n/locales';
import type { EntryView } from '../lib/localizedEntries';
import { lunarRuleDates } from '../lib/lunarDates';
import { getEntries, viewIn } from './entries';

/** A yearly festival with a sourced lunar rule, and its next Gregorian dates. */
export interface UpcomingFestival {
  view: EntryView<'events'>;
  dates: Date[];
}

/**
 * The festivals whose opening day a source states as a lunar rule, with their next three dates
 * from the day of the build, soonest first. Festivals without such a rule get no date.
 */
export async function upcomingFestivals(locale: Locale): Promise<UpcomingFestival[]> {
  const day = buildDay();
  return (await getEntries('events'))
    .filter((entry) => entry.facts.recurring && entry.facts.lunarRule)
    .map((entry) => ({ view: viewIn(entry, locale), dates: lunarRuleDates(entry.facts.lunarRule!, day) }))
    .filter((festival) => festival.dates.length > 0)
    .sort((a, b) => a.dates[0]!.getTime() - b.dates[0]!.getTime());
}
