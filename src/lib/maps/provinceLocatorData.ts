import { memoize } from '../../util/memoize';
import { isoNumeric } from './countryCodes';
import { collection, drawMap, territory, type MapData } from './mapData';
import { fitFrame, homeland } from './svgPath';
import { countryById } from './worldAtlas';

export interface LocatorOptions {
  /** Width of the viewBox. Default 320. */
  width?: number;
  /** Usual width on screen in CSS pixels, for the size of labels. Default 256 (16rem). */
  shownAt?: number;
}

/**
 * Vietnam and its neighbours (Natural Earth 1:50m) with the extent of the former Yên Bái province
 * highlighted: a portrait frame around mainland Vietnam.
 * @example provinceLocatorData().alsoShown // ['CN', 'TH', 'LA', 'KH']
 */
export function provinceLocatorData({ width = 320, shownAt = 256 }: LocatorOptions = {}): MapData {
  return drawLocator(width, shownAt);
}

// The same map on every zone page and listing, in every language: project it once per width.
const drawLocator = memoize((width: number, shownAt: number): MapData => {
  const vietnam = homeland(countryById(isoNumeric.VN, '50m')!);
  const frame = fitFrame(collection([vietnam, territory()]), { width, shownAt, padding: 0.06, aspect: [1, 1.5] });
  return drawMap(frame, '50m', ['VN']);
});
