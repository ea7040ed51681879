/**
 * The layers every map of the portal draws, as SVG path data: land, borders, Vietnam, the countries
 * it is about, and the sourced extent of the former Yên Bái province.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { archipelagos, nationalTerritory, type Archipelago } from './archipelagos';
import { boxCorners, decimalBox } from './geoBox';
import { codeOfNumeric, isoNumeric, type CountryCode } from './countryCodes';
import { outline, type MapFrame } from './svgPath';
import { borders, countries, countryById, land, type Resolution } from './worldAtlas';
import { extentBounds, extentCorners } from './yenBaiExtent';

interface CountryShape {
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
  /** Hoàng Sa and Trường Sa: the area each lies in (labels: `placeArchipelagoLabels`). */
  archipelagos: ArchipelagoMark[];
  /** Font size of labels in viewBox units. */
  labelSize: number;
}

interface ArchipelagoMark {
  id: Archipelago['id'];
  /** Outline of the area the archipelago lies in. */
  d: string;
  /** The outline's bounding box in viewBox units. */
  box: Box;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A FeatureCollection of shapes, for fitting a frame. */
export function collection(geometries: MultiPolygon[]): FeatureCollection<MultiPolygon> {
  return { type: 'FeatureCollection', features: geometries.map((geometry): Feature<MultiPolygon> => ({ type: 'Feature', properties: {}, geometry })) };
}

/**
 * Vietnam's whole territory, archipelagos included, as a shape to fit a frame to: every map that
 * shows Vietnam shows all of it (see archipelagos.ts).
 */
export function territory(): MultiPolygon {
  // d3-geo reads rings clockwise as the inside: south-west, north-west, north-east, south-east.
  const [sw, se, ne, nw] = boxCorners(nationalTerritory);
  return { type: 'MultiPolygon', coordinates: [[[sw!, nw!, ne!, se!, sw!]]] };
}

/**
 * Draws the layers of a map in a fitted frame, labels sized for the width the frame is shown at
 * (the SVG scales with its box). `bordersOf:
 * 'highlighted'` draws only the borders of the highlighted countries (the others are context).
 */
export function drawMap(
  frame: MapFrame,
  resolution: Resolution,
  highlight: readonly CountryCode[],
  { bordersOf = 'all' }: { bordersOf?: 'all' | 'highlighted' } = {},
): MapData {
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
    borders: resolution === '110m' ? '' : (path(borders(resolution, bordersOf === 'all' ? undefined : highlight.map((code) => isoNumeric[code]))) ?? ''),
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
    archipelagos: archipelagos.map((archipelago) => markArchipelago(archipelago, frame)),
    // About 10.5 CSS pixels where the map is usually shown.
    labelSize: Math.round((10.5 * width) / frame.shownAt),
  };
}

function markArchipelago(archipelago: Archipelago, { projection }: MapFrame): ArchipelagoMark {
  const corners = boxCorners(decimalBox(archipelago)).map((corner) => projection(corner)!);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return {
    id: archipelago.id,
    d: outline(corners),
    box: { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) },
  };
}

/** Rough width of a line of text at a font size: full width for CJK and Hangul, narrower for the rest. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 1 : 0.58;
  return ems * size;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each archipelago's two-line label goes (top-left corner): inside its area when it fits,
 * else beside, below or above it, or on its left, wherever it stays in the frame and clear of the other
 * labels and areas. The text decides the width, so the labels are placed per language.
 */
export function placeArchipelagoLabels(map: MapData, lines: readonly (readonly string[])[]): { x: number; y: number }[] {
  const size = map.labelSize;
  const pad = size * 0.4;
  const placed: Box[] = [];
  return map.archipelagos.map(({ box }, i) => {
    const w = Math.max(...(lines[i] ?? []).map((line) => textWidth(line, size)));
    const h = (lines[i]?.length ?? 1) * size * 1.2;
    const middle = (box.top + box.bottom) / 2 - h / 2;
    const [below, above] = [box.bottom + pad, box.top - pad - h];
    const candidates: [number, number, boolean][] = [
      [box.left + pad, box.top + pad, true],
      [box.right + pad, middle, false],
      [box.left, below, false],
      [box.right - w, below, false],
      [box.left, above, false],
      [box.right - w, above, false],
      [box.left - pad - w, middle, false],
    ];
    const inFrame = ([x, y]: [number, number, boolean]) => x >= 0 && y >= 0 && x + w <= map.width && y + h <= map.height;
    const clear = ([x, y, inside]: [number, number, boolean]) => {
      const label = { left: x, top: y, right: x + w, bottom: y + h };
      const withinArea = label.right <= box.right - pad && label.bottom <= box.bottom - pad;
      const clearOfOthers = placed.every((other) => !overlaps(label, other)) && map.archipelagos.every((other, j) => j === i || !overlaps(label, other.box));
      return clearOfOthers && (inside ? withinArea : !overlaps(label, box));
    };
    // Never cut a label off: when no place is clear, one inside the frame will do.
    const [x, y] = candidates.find((c) => inFrame(c) && clear(c)) ?? candidates.find((c) => !c[2] && inFrame(c)) ?? candidates[1]!;
    placed.push({ left: x, top: y, right: x + w, bottom: y + h });
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
}
