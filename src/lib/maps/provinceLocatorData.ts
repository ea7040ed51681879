import { isoNumeric } from './countryCodes';
import { collection, drawMap, type MapData } from './mapData';
import { fitFrame, homeland } from './svgPath';
import { countryById } from './worldAtlas';

export interface LocatorOptions {
  /** Width of the viewBox. Default 320. */
  width?: number;
}

/**
 * Vietnam and its neighbours (Natural Earth 1:50m) with the extent of the former Yên Bái province
 * highlighted: a portrait frame around mainland Vietnam.
 * @example provinceLocatorData().alsoShown // ['CN', 'TH', 'LA', 'KH']
 */
export function provinceLocatorData({ width = 320 }: LocatorOptions = {}): MapData {
  const vietnam = homeland(countryById(isoNumeric.VN, '50m')!);
  const frame = fitFrame(collection([vietnam]), { width, padding: 0.1, aspect: [1, 1.5] });
  return drawMap(frame, '50m', ['VN']);
}
