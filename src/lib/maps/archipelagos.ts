/**
 * Vietnam's offshore archipelagos, Hoàng Sa (Paracel) and Trường Sa (Spratly). Natural Earth has no
 * shapes for them, but Vietnamese rules require every published map of Vietnam to show them
 * (Law on Surveying and Mapping 27/2018/QH14, art. 6 and 18; Circular 17/2018/TT-BTNMT, art. 20;
 * Decree 18/2020/NĐ-CP fines maps that omit them). The maps draw each archipelago as the area its
 * sources say it lies in (no island is placed by guesswork) and frame every map of Vietnam on the
 * whole national territory the circular names. See docs/maps.md.
 */
import type { DmsBox } from './geoBox';

export interface Archipelago extends DmsBox {
  id: 'hoang-sa' | 'truong-sa';
  source: { title: string; url: string; lang: string };
}

export const archipelagos: readonly Archipelago[] = [
  {
    id: 'hoang-sa',
    // The extreme points listed by biendong.net (Đá Bắc 17°06′ N, Ốc Tai Voi 15°44′ N, Tri Tôn
    // 111°11′ E, Gò Nổi 112°53′ E) fall within this area.
    south: [15, 45, 0],
    north: [17, 15, 0],
    west: [111, 0, 0],
    east: [113, 0, 0],
    source: {
      title: 'Islands and archipelagos of Viet Nam: Hoang Sa and Truong Sa (Viet Nam tourist guides)',
      url: 'http://vietnam-tourist-guides.com/islands-and-archipelagos-of-viet-nam-15/',
      lang: 'en',
    },
  },
  {
    id: 'truong-sa',
    south: [6, 30, 0],
    north: [12, 0, 0],
    west: [111, 0, 0],
    east: [117, 20, 0],
    source: {
      title: 'Geographical location and natural conditions of the Spratly Archipelago (National Defence Journal, 24 Nov 2015)',
      url: 'http://tapchiqptd.vn/en/research-and-discussion/geographical-location-and-natural-conditions-of-the-spratly-archipelago/8327.html',
      lang: 'en',
    },
  },
];

/**
 * The geographic limits a map of Vietnam's whole territory must cover: 4°30′–23°30′ N,
 * 102°00′–118°00′ E (Circular 17/2018/TT-BTNMT, art. 20(1)).
 */
export const nationalTerritory = { south: 4.5, north: 23.5, west: 102, east: 118 } as const;
