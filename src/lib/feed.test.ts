import { describe, expect, it } from 'vitest';
import { articleFiles, languageFile } from '../../tests/support/collectionFixtures';
import { feedItemsFrom } from './feed';
import { groupEntries, viewOf } from './localizedEntries';

const options = { now: new Date('2026-12-07'), showUnpublished: false };
const source = [{ title: 'A public source', url: 'https://example.org/source' }];
const collections = {
  articles: groupEntries('articles', articleFiles, options),
  events: groupEntries(
    'events',
    [
      languageFile('events', 'signing/vi', {
        title: 'Lễ ký kết',
        description: 'Lễ ký kết hợp tác năm 2026.',
        kind: 'signing',
        start: new Date('2026-06-01'),
        place: 'yen-bai-ward',
        sources: source,
      }),
      languageFile('events', 'signing/en', { title: 'Signing', description: 'A cooperation agreement signed in 2026.' }),
      languageFile('events', 'festival/vi', {
        title: 'Lễ hội',
        description: 'Lễ hội hằng năm.',
        kind: 'festival',
        recurring: true,
        place: 'yen-bai-ward',
        sources: source,
      }),
      languageFile('events', 'festival/en', { title: 'Festival', description: 'A yearly festival.' }),
    ],
    options,
  ),
  press: groupEntries(
    'press',
    [
      languageFile('press', 'fact-sheet/vi', {
        title: 'Thông tin tóm tắt',
        description: 'Số liệu chính của tỉnh.',
        kind: 'fact-sheet',
        date: new Date('2026-04-01'),
        sources: source,
      }),
      languageFile('press', 'fact-sheet/en', { title: 'Fact sheet', description: 'The key figures of the province.' }),
    ],
    options,
  ),
};
const view = (entry: Parameters<typeof viewOf>[0], locale: Parameters<typeof viewOf>[1]) => viewOf(entry, locale, () => undefined);

describe('feedItemsFrom()', () => {
  it('lists dated events and press material, and an evergreen article only at its real update', () => {
    expect(feedItemsFrom(collections, 'en', view).map((i) => [i.path, i.date.toISOString().slice(0, 10), i.kind])).toEqual([
      ['/en/events/signing/', '2026-06-01', 'news'],
      ['/en/press/fact-sheet/', '2026-04-01', 'news'],
      ['/en/tourism/lake/', '2026-03-01', 'update'],
    ]);
  });

  it('never lists a page at the date it was first published in bulk, nor a yearly festival without a date', () => {
    const paths = feedItemsFrom(collections, 'en', view).map((i) => i.path);
    expect(paths).not.toContain('/en/tourism/terraces/');
    expect(paths).not.toContain('/en/events/festival/');
  });

  it('carries only real translations in a language’s feed, and fallbacks marked with their language when asked', () => {
    expect(feedItemsFrom(collections, 'fr', view)).toEqual([]);
    expect(feedItemsFrom(collections, 'fr', view, { fallbacks: true }).map((i) => [i.path, i.shownIn])).toEqual([
      ['/fr/events/signing/', 'en'],
      ['/fr/press/fact-sheet/', 'en'],
      ['/fr/tourism/lake/', 'en'],
    ]);
  });

  it('stops at the limit', () => {
    expect(feedItemsFrom(collections, 'en', view, { limit: 2 })).toHaveLength(2);
  });
});
