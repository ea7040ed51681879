import { geoBounds } from 'd3-geo';
import { isoNumeric, type CountryCode } from './countryCodes';
import { collection, drawMap, type MapData } from './mapData';
import { fitFrame, homeland } from './svgPath';
import { countryById, type Resolution } from './worldAtlas';

export interface PartnerMapOptions {
  /** Countries of the partners (ISO alpha-2), highlighted next to Vietnam. */
  partners: readonly CountryCode[];
  /** Width of the viewBox. Default 800. */
  width?: number;
}

/**
 * A map of Vietnam and its partners' countries, fitted to their main land masses: Eurasia for
 * Laos, France and Japan, South-East Asia for Laos alone. Views wider than 30° of longitude use
 * Natural Earth 1:110m, closer views 1:50m.
 * @example partnerMapData({ partners: ['LA', 'FR', 'JP'] }).highlighted.map((c) => c.code) // ['LA', 'FR', 'JP']
 */
export function partnerMapData({ partners, width = 800 }: PartnerMapOptions): MapData {
  const codes: CountryCode[] = ['VN', ...partners.filter((code) => code !== 'VN')];
  const focusAt = (resolution: Resolution) => collection(codes.map((code) => homeland(countryById(isoNumeric[code], resolution)!)));
  const [[west], [east]] = geoBounds(focusAt('110m'));
  const resolution: Resolution = east - west > 30 ? '110m' : '50m';
  const frame = fitFrame(focusAt(resolution), { width, padding: 0.05, aspect: [0.45, 0.8] });
  return drawMap(frame, resolution, codes);
}
