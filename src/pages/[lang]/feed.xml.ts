import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeToLang, type Locale } from '../../i18n/locales';
import { translatorFor } from '../../i18n/translator';
import { feedItems } from '../../data/feedItems';
import { localizedPath } from '../../lib/paths';

import { localeStaticPaths } from '../../lib/routes';
export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

/** The news feed of one language (RSS 2.0). */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const t = translatorFor(locale);
  const items = await feedItems(locale);
  return rss({
    title: `${t('site.name')} · ${t('site.tagline')}`,
    description: t('site.description'),
    site: new URL(localizedPath(locale), site),
    customData: `<language>${localeToLang(locale)}</language>`,
    items: items.map((item) => ({
      title: item.title,
      description: item.description,
      link: item.path,
      pubDate: item.date,
      // News and revised evergreen pages are told apart, as on the home page.
      categories: [t(`feed.kind.${item.kind}`)],
    })),
  });
};
