import { describe, expect, it } from 'vitest';
import { placeArchipelagoLabels, textWidth, type MapData } from './mapData';
import { partnerMapData } from './partnerMapData';
import { provinceLocatorData } from './provinceLocatorData';

const maps: [string, MapData][] = [
  ['locator', provinceLocatorData()],
  ['Laos', partnerMapData({ partners: ['LA'], width: 600, shownAt: 450 })],
  ['France', partnerMapData({ partners: ['FR'], width: 600, shownAt: 450 })],
  ['Japan', partnerMapData({ partners: ['JP'], width: 600, shownAt: 450 })],
  ['all partners', partnerMapData({ partners: ['LA', 'FR', 'JP'] })],
];
const texts = {
  en: [
    ['Hoang Sa (Paracel)', '(Vietnam)'],
    ['Truong Sa (Spratly)', '(Vietnam)'],
  ],
  ja: [
    ['ホアンサ諸島', '（パラセル）', '（ベトナム）'],
    ['チュオンサ諸島', '（スプラトリー）', '（ベトナム）'],
  ],
};

describe('placeArchipelagoLabels()', () => {
  for (const [name, map] of maps) {
    for (const [lang, lines] of Object.entries(texts)) {
      it(`keeps both labels of the ${name} map (${lang}) inside the frame and apart`, () => {
        const boxes = placeArchipelagoLabels(map, lines).map(({ x, y }, i) => ({
          left: x,
          top: y,
          right: x + Math.max(...lines[i]!.map((line) => textWidth(line, map.labelSize))),
          bottom: y + lines[i]!.length * 1.2 * map.labelSize,
        }));
        for (const box of boxes) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(map.width);
          expect(box.bottom).toBeLessThanOrEqual(map.height);
        }
        const [a, b] = boxes;
        expect(a!.right <= b!.left || b!.right <= a!.left || a!.bottom <= b!.top || b!.bottom <= a!.top).toBe(true);
      });
    }
  }

  it('measures CJK text wider than Latin text of the same length', () => {
    expect(textWidth('諸島諸島', 10)).toBe(40);
    expect(textWidth('abcd', 10)).toBeCloseTo(23.2);
  });
});
