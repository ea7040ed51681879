import { describe, expect, it } from 'vitest';
import { localeCodes } from '../i18n/locales';
import { topics } from '../schemas/articles';
import { entryCollections } from '../schemas/registry';
import { entryPath } from './entryPath';
import { entrySection, footerNavigation, localeStaticPaths, mainNavigation, sectionRoutes } from './routes';

describe('the route table', () => {
  it('puts the five main topics, then invest, partners, events, press and contacts in the header', () => {
    expect(mainNavigation('fr').map((i) => i.path)).toEqual([
      '/fr/about/',
      '/fr/history/',
      '/fr/culture/',
      '/fr/tourism/',
      '/fr/economy/',
      '/fr/invest/',
      '/fr/partners/',
      '/fr/events/',
      '/fr/press/',
      '/fr/contacts/',
    ]);
    // Contacts joined the header: the footer keeps only what the header does not show.
    expect(footerNavigation('vi')).toEqual([{ key: 'section.credits', introKey: 'section.credits.intro', path: '/vi/credits/' }]);
  });

  it('gives every collection exactly one section, and articles the section of their topic', () => {
    for (const collection of Object.keys(entryCollections).filter((c) => c !== 'articles')) {
      expect(
        sectionRoutes.filter((r) => 'collection' in r && r.collection === collection),
        collection,
      ).toHaveLength(1);
    }
    for (const topic of topics) expect(entrySection('articles', { topic }).segment).toBe(topic);
  });

  it('places an entry under its section in every language', () => {
    expect(entryPath({ collection: 'zones', slug: 'minh-quan', facts: {} }, 'ko')).toBe('/ko/invest/zones/minh-quan/');
    expect(entryPath({ collection: 'articles', slug: 'xoe', facts: { topic: 'culture' } }, 'lo')).toBe('/lo/culture/xoe/');
  });

  it('builds a page in every language', () => {
    expect(localeStaticPaths().map((p) => p.params.lang)).toEqual(localeCodes);
  });
});
