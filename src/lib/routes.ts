import { localeCodes, type Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/translator';
import { topics, type Topic } from '../schemas/articles';
import type { EntryCollectionName } from '../schemas/registry';
import { localizedPath } from './paths';

/**
 * The one route table: every section of the site, once, with its path after the locale, the UI
 * string that names it, the collection whose entries it lists, and where the navigation shows it.
 * Pages, the header and footer, entryPath() and the content check's list of known pages read it.
 */

/** A section page that exists in every language (`/<lang>/<segment>/`). */
export interface SectionRoute {
  /** Path after the locale, e.g. 'invest/zones'. */
  segment: string;
  labelKey: UiKey;
  /** The sentence that introduces the section (home page, listing). */
  introKey?: UiKey;
  /** The collection whose entries live under this section (`/<lang>/<segment>/<slug>/`). */
  collection?: Exclude<EntryCollectionName, 'articles'>;
  /** Shown in the header (`main`) or the footer only (`footer`). */
  nav?: 'main' | 'footer';
  /** The page exists only while its collection has entries (an empty listing would be a dead end). */
  onlyWithEntries?: boolean;
}

/** The sections besides the article topics, in the order of the header. */
export const sectionRoutes = [
  { segment: 'invest', labelKey: 'section.invest', introKey: 'section.invest.intro', nav: 'main' },
  { segment: 'invest/opportunities', labelKey: 'invest.opportunities', collection: 'opportunities' },
  { segment: 'invest/zones', labelKey: 'invest.zones', collection: 'zones' },
  { segment: 'invest/data', labelKey: 'invest.dataDictionary' },
  { segment: 'partners', labelKey: 'section.partners', introKey: 'section.partners.intro', collection: 'partners', nav: 'main' },
  { segment: 'events', labelKey: 'section.events', introKey: 'section.events.intro', collection: 'events', nav: 'main' },
  { segment: 'press', labelKey: 'section.press', introKey: 'section.press.intro', collection: 'press', nav: 'main' },
  { segment: 'videos', labelKey: 'section.videos', introKey: 'section.videos.intro', collection: 'videos', onlyWithEntries: true },
  { segment: 'contacts', labelKey: 'section.contacts', introKey: 'section.contacts.intro', nav: 'main' },
  { segment: 'credits', labelKey: 'section.credits', introKey: 'section.credits.intro', nav: 'footer' },
  { segment: 'search', labelKey: 'search.title' },
] as const satisfies readonly SectionRoute[];

/** Article topics in the header, before the sections; the others are reached from home and search. */
const headerTopics: readonly Topic[] = ['about', 'history', 'culture', 'tourism', 'economy'];

/** The route of an article topic (`/<lang>/<topic>/`). */
const topicRoute = (topic: Topic): SectionRoute => ({
  segment: topic,
  labelKey: `topic.${topic}`,
  introKey: `topic.${topic}.intro`,
  ...(headerTopics.includes(topic) ? { nav: 'main' as const } : {}),
});

/** A link of the navigation. */
export interface NavItem {
  key: UiKey;
  introKey?: UiKey | undefined;
  path: string;
}

/** Every section: the article topics, then the others. */
const allRoutes: readonly SectionRoute[] = [...topics.map(topicRoute), ...sectionRoutes];

const navItems = (nav: SectionRoute['nav'], locale: Locale): NavItem[] =>
  allRoutes.filter((r) => r.nav === nav).map((r) => ({ key: r.labelKey, introKey: r.introKey, path: localizedPath(locale, ...r.segment.split('/')) }));

/** The header's sections in one language. @example mainNavigation('en')[0] // { key: 'topic.about', introKey: 'topic.about.intro', path: '/en/about/' } */
export function mainNavigation(locale: Locale): NavItem[] {
  return navItems('main', locale);
}

/** The article that says who publishes the portal and how (topic `about`), linked from every footer. */
export const aboutPortalSlug = 'about-this-portal';

/** Sections linked from the footer only. */
export function footerNavigation(locale: Locale): NavItem[] {
  return navItems('footer', locale);
}

/** The section an entry is published under: its topic for an article, its collection's section otherwise. */
export function entrySection(collection: EntryCollectionName, facts: object): SectionRoute {
  if (collection === 'articles') return topicRoute((facts as { topic: Topic }).topic);
  return allRoutes.find((r) => r.collection === collection)!;
}

/** A page that may have a cover picture of its own: the home page or a section. */
export interface CoverPage {
  /** The picture's name in content/covers/ (`home`, `tourism`, `invest-zones`), without extension. */
  name: string;
  /** Path segments after the locale. */
  segments: string[];
  /** The UI string that names the page. */
  labelKey: UiKey;
}

/** The pages content/covers/ may give a cover to, each named after its address. */
export function coverPages(): CoverPage[] {
  return [
    { name: 'home', segments: [], labelKey: 'nav.home' },
    ...allRoutes.map((r) => ({ name: r.segment.replaceAll('/', '-'), segments: r.segment.split('/'), labelKey: r.labelKey })),
  ];
}

/** The static paths of a page that exists once in every language. */
export function localeStaticPaths(): { params: { lang: Locale } }[] {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
