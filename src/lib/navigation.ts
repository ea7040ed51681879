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
] as const satisfies readonly { key: UiKey; segment: string }[];

export interface NavItem {
  key: (typeof mainSections)[number]['key'];
  path: string;
}

/** @example mainNavigation('en')[0] // { key: 'topic.about', path: '/en/about/' } */
export function mainNavigation(locale: Locale): NavItem[] {
  return mainSections.map(({ key, segment }) => ({ key, path: localizedPath(locale, segment) }));
}
