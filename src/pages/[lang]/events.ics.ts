import { nameIn } from '../../i18n/nameIn';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import ical from 'ical-generator';
import { type Locale } from '../../i18n/locales';
import { translatorFor } from '../../i18n/translator';
import { getEntries, viewIn } from '../../data/entries';
import { upcomingFestivals } from '../../data/festivals';
import { buildDay } from '../../config/buildDay';
import { lunarRuleWords } from '../../lib/lunarRuleWords';
import { entryPath } from '../../lib/entryPath';

import { localeStaticPaths } from '../../lib/routes';
export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

/**
 * The dated events as an iCalendar feed in one language (all-day events; untranslated ones in
 * English), and the next three dates of each yearly festival whose lunar rule a source states,
 * computed at build time, with the rule and its source in the description. Festivals without a
 * sourced rule are not in it: no date is invented.
 */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const t = translatorFor(locale);
  const [events, places] = await Promise.all([getEntries('events'), getCollection('places')]);
  const calendar = ical({
    name: `${t('site.name')} · ${t('section.events')}`,
    prodId: { company: 'yenbai-portal', product: 'events', language: locale.toUpperCase() },
  });
  for (const entry of events.filter((e) => e.facts.start)) {
    const view = viewIn(entry, locale);
    const place = places.find((p) => p.id === entry.facts.place);
    const end = new Date((entry.facts.end ?? entry.facts.start!).getTime() + 24 * 3600 * 1000);
    calendar.createEvent({
      id: `${entry.slug}@${new URL(site!).host}`,
      start: entry.facts.start!,
      end,
      allDay: true,
      summary: view.words.title,
      description: view.words.description,
      location: place ? nameIn(place.data.name, locale) : undefined,
      url: new URL(entryPath(entry, locale), site).href,
      stamp: entry.facts.start!,
    });
  }
  for (const { view, dates } of await upcomingFestivals(locale)) {
    const place = places.find((p) => p.id === view.entry.facts.place);
    for (const date of dates) {
      calendar.createEvent({
        id: `${view.entry.slug}-${date.getUTCFullYear()}@${new URL(site!).host}`,
        start: date,
        end: new Date(date.getTime() + 24 * 3600 * 1000),
        allDay: true,
        summary: view.words.title,
        description: [
          view.words.season,
          lunarRuleWords(view.entry.facts.lunarRule!, locale, t),
          t('events.computedFrom', { source: view.entry.facts.lunarRule!.source }),
        ]
          .filter(Boolean)
          .join('\n'),
        location: place ? nameIn(place.data.name, locale) : undefined,
        url: new URL(entryPath(view.entry, locale), site).href,
        // When this calendar was written, not the festival's day.
        stamp: buildDay(),
      });
    }
  }
  return new Response(calendar.toString(), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
