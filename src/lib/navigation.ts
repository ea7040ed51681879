import type { UiKey } from '../i18n/translator';
import type { Locale } from '../i18n/locales';
import { localizedPath } from './paths';

/** The sections in the header, in order. Each is a page in every locale. */
export const mainSections = [
  { key: 'topic.about', segment: 'about' },
  { key: 'topic.history', segment: 'history' },
  { key: 'topic.culture', segment: 'culture' },
  { key: 'topic.tourism', segment: 'tourism' },
  { key: 'topic.economy', segment: 'economy' },
  { key: 'section.invest', segment: 'invest' },
  { key: 'section.partners', segment: 'partners' },
  { key: 'section.events', segment: 'events' },
  { key: 'section.press', segment: 'press' },
] as const satisfies readonly { key: UiKey; segment: string }[];

export interface NavItem {
  key: (typeof mainSections)[number]['key'];
  path: string;
}

/** Section pages that exist in every locale besides the home page and the article topics. */
export const staticSections = ['search', 'partners', 'events', 'press', 'contacts', 'invest', 'invest/opportunities', 'invest/zones', 'invest/data'] as const;

/** Pages linked from the footer only. */
export const footerSections = [{ key: 'section.contacts', segment: 'contacts' }] as const satisfies readonly { key: UiKey; segment: string }[];

/** @example mainNavigation('en')[0] // { key: 'topic.about', path: '/en/about/' } */
export function mainNavigation(locale: Locale): NavItem[] {
  return mainSections.map(({ key, segment }) => ({ key, path: localizedPath(locale, segment) }));
}
