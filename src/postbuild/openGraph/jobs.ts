import { localeCodes, locales, type Locale } from '../../i18n/locales';
import { uiStrings } from '../../i18n/translator';
import type { BuiltPageHead } from '../builtPages';

/** A run of text in one language (the chooser mixes scripts; every other image has one). */
export interface Run {
  text: string;
  locale: Locale;
}

/** One image to render: what it shows, and where it goes. */
export interface OgImageJob {
  /** Path of the image under dist, e.g. '/og/en/history/x.png'. */
  path: string;
  locale: Locale;
  siteName: string;
  title: Run[];
  subtitle: Run[];
}

/** The og:image path of a page's canonical path. @example ogImagePath('/en/history/x/') // '/og/en/history/x.png' */
export function ogImagePath(canonicalPath: string): string {
  const path = canonicalPath.replace(/\/+$/, '');
  return `/og${path === '' ? '/index' : path}.png`;
}

/** The language of an image from its path ('/og/en/….png' → 'en'), if it has one. */
function localeOfPath(imagePath: string): Locale | undefined {
  const first = imagePath.split('/')[2]?.replace(/\.png$/, '');
  return localeCodes.find((l) => l === first);
}

const langToLocale = new Map<string, Locale>(locales.map((l) => [l.lang, l.code]));

/** The image jobs of a build: one per distinct og:image under /og/, plus the chooser's. */
export function imageJobs(pages: readonly BuiltPageHead[]): OgImageJob[] {
  const byImage = new Map<string, BuiltPageHead[]>();
  for (const page of pages) {
    if (!page.ogImagePath?.startsWith('/og/') || !page.ogImagePath.endsWith('.png')) continue;
    if (!byImage.has(page.ogImagePath)) byImage.set(page.ogImagePath, []);
    byImage.get(page.ogImagePath)!.push(page);
  }
  const jobs: OgImageJob[] = [];
  for (const [path, sharing] of byImage) {
    // The page the image belongs to is its own canonical; a fallback shows it under another path.
    const page =
      sharing.find((p) => p.canonicalPath === p.path) ?? sharing.find((p) => p.canonicalPath && ogImagePath(p.canonicalPath) === path) ?? sharing[0]!;
    const locale = (page.canonicalPath === page.path && page.lang ? langToLocale.get(page.lang) : undefined) ?? localeOfPath(path) ?? 'en';
    const ui = uiStrings[locale];
    const subtitle = page.sections.length > 0 ? page.sections.join(' · ') : ui['site.tagline'];
    jobs.push({ path, locale, siteName: ui['site.name'], title: [{ text: page.title || ui['site.name'], locale }], subtitle: [{ text: subtitle, locale }] });
  }
  // The language chooser at / speaks every language: the site's name in each script.
  if (pages.some((p) => p.path === '/') && !byImage.has('/og/index.png')) {
    const names = [...new Map(localeCodes.map((l) => [uiStrings[l]['site.name'], l])).entries()];
    jobs.push({
      path: '/og/index.png',
      locale: 'vi',
      siteName: uiStrings.vi['site.name'],
      title: names.map(([text, locale], i) => ({ text: i < names.length - 1 ? `${text} ·` : text, locale })),
      subtitle: locales.map((l) => ({ text: l.name, locale: l.code })),
    });
  }
  return jobs.sort((a, b) => a.path.localeCompare(b.path));
}
