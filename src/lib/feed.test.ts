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
  it('lists dated entries newest first, an updated article at its update, and no yearly festival without a date', () => {
    expect(feedItemsFrom(collections, 'en', view).map((i) => [i.path, i.date.toISOString().slice(0, 10)])).toEqual([
      ['/en/events/signing/', '2026-06-01'],
      ['/en/press/fact-sheet/', '2026-04-01'],
      ['/en/tourism/lake/', '2026-03-01'],
      ['/en/tourism/terraces/', '2026-01-10'],
    ]);
  });

  it('carries only real translations: no fallback text in a language’s feed', () => {
    expect(feedItemsFrom(collections, 'fr', view)).toEqual([
      { title: 'Rizières en terrasses', description: 'À propos des rizières.', path: '/fr/tourism/terraces/', date: new Date('2026-01-10') },
    ]);
    expect(feedItemsFrom(collections, 'ja', view)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(feedItemsFrom(collections, 'en', view, 2)).toHaveLength(2);
  });
});
