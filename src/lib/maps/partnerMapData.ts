import { geoBounds } from 'd3-geo';
import { memoize } from '../../util/memoize';
import { isoNumeric, type CountryCode } from './countryCodes';
import { collection, drawMap, territory, type MapData } from './mapData';
import { fitFrame, homeland } from './svgPath';
import { countryById, type Resolution } from './worldAtlas';

export interface PartnerMapOptions {
  /** Countries of the partners (ISO alpha-2), highlighted next to Vietnam. */
  partners: readonly CountryCode[];
  /** Width of the viewBox. Default 800. */
  width?: number;
  /** Usual width on screen in CSS pixels, for the size of labels. Default 700. */
  shownAt?: number;
}

/**
 * A map of Vietnam and its partners' countries, fitted to their main land masses: Eurasia for
 * Laos, France and Japan, South-East Asia for Laos alone. Views wider than 30° of longitude use
 * Natural Earth 1:110m, closer views 1:50m.
 * @example partnerMapData({ partners: ['LA', 'FR', 'JP'] }).highlighted.map((c) => c.code) // ['LA', 'FR', 'JP']
 */
export function partnerMapData({ partners, width = 800, shownAt = 700 }: PartnerMapOptions): MapData {
  return drawPartnerMap(
    partners.filter((code) => code !== 'VN'),
    width,
    shownAt,
  );
}

// Every partner page of a country, in every language, shows the same map: project it once.
const drawPartnerMap = memoize((partners: readonly CountryCode[], width: number, shownAt: number): MapData => {
  const codes: CountryCode[] = ['VN', ...partners];
  const focusAt = (resolution: Resolution) => collection([...codes.map((code) => homeland(countryById(isoNumeric[code], resolution)!)), territory()]);
  const [[west], [east]] = geoBounds(focusAt('110m'));
  const resolution: Resolution = east - west > 30 ? '110m' : '50m';
  const frame = fitFrame(focusAt(resolution), { width, shownAt, padding: 0.05, aspect: [0.45, 0.8] });
  return drawMap(frame, resolution, codes, { bordersOf: 'highlighted' });
});
