/**
 * The layers every map of the portal draws, as SVG path data: land, borders, Vietnam, the countries
 * it is about, and the sourced extent of the former Yên Bái province.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { codeOfNumeric, isoNumeric, type CountryCode } from './countryCodes';
import { outline, type MapFrame } from './svgPath';
import { borders, countries, countryById, land, type Resolution } from './worldAtlas';
import { extentBounds, extentCorners } from './yenBaiExtent';

export interface CountryShape {
  code: CountryCode;
  /** SVG path data, clipped to the frame. */
  d: string;
}

export interface MapData {
  width: number;
  height: number;
  resolution: Resolution;
  /** All land, one path. */
  land: string;
  /** Borders between countries, one path; empty on views of half the world, where they are noise. */
  borders: string;
  /** Vietnam. */
  home: CountryShape;
  /** The other highlighted countries, in the order asked for. */
  highlighted: CountryShape[];
  /** Other countries the map shows enough of to name them (for the description), largest first. */
  alsoShown: CountryCode[];
  /** The extent of the former Yên Bái province: its box, and its centre for a marker. */
  yenBai: { d: string; cx: number; cy: number; width: number; height: number };
}

/** A FeatureCollection of shapes, for fitting a frame. */
export function collection(geometries: MultiPolygon[]): FeatureCollection<MultiPolygon> {
  return { type: 'FeatureCollection', features: geometries.map((geometry): Feature<MultiPolygon> => ({ type: 'Feature', properties: {}, geometry })) };
}

/** Draws the layers of a map in a fitted frame. */
export function drawMap(frame: MapFrame, resolution: Resolution, highlight: readonly CountryCode[]): MapData {
  const { width, height, path, projection } = frame;
  const shape = (code: CountryCode): CountryShape => ({ code, d: path(countryById(isoNumeric[code], resolution)!) ?? '' });
  const minArea = width * height * 0.01;
  const alsoShown = countries(resolution)
    .map((country) => ({ code: codeOfNumeric(country.id), area: path.area(country) }))
    .filter((c): c is { code: CountryCode; area: number } => Boolean(c.code) && c.code !== 'VN' && !highlight.includes(c.code!) && c.area >= minArea)
    .sort((a, b) => b.area - a.area)
    .map((c) => c.code);

  const corners = extentCorners().map((corner) => projection(corner)!);
  const [[west, south], [east, north]] = extentBounds();
  const [cx, cy] = projection([(west + east) / 2, (south + north) / 2])!;
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return {
    width,
    height,
    resolution,
    land: path(land(resolution)) ?? '',
    // At 1:110m the map spans continents: the highlighted countries carry it, and leaving out
    // every other border keeps a partner page within its byte budget.
    borders: resolution === '110m' ? '' : (path(borders(resolution)) ?? ''),
    home: shape('VN'),
    highlighted: highlight.filter((code) => code !== 'VN').map(shape),
    alsoShown,
    yenBai: {
      d: outline(corners),
      cx: Math.round(cx * 10) / 10,
      cy: Math.round(cy * 10) / 10,
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    },
  };
}
