/**
 * Projection and path helpers: fit a map to the shapes it is about, and write SVG path data no
 * finer than the screen shows.
 */
import {
  geoArea,
  geoBounds,
  geoCentroid,
  geoConicEqualArea,
  geoDistance,
  geoPath,
  type GeoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
} from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface MapFrame {
  /** Width of the SVG viewBox. */
  width: number;
  /** Height of the SVG viewBox, chosen from the shape of the focus. */
  height: number;
  /** Usual width of the map on screen, in CSS pixels (labels are sized for it). */
  shownAt: number;
  projection: GeoProjection;
  /** SVG path data of a GeoJSON object, clipped to the frame, no finer than the screen shows. */
  path: GeoPath;
}

export interface FitOptions {
  /** Width of the viewBox. Default 800. */
  width?: number;
  /** Margin around the focus, as a share of the width. Default 0.06. */
  padding?: number;
  /** Height / width limits of the frame. Default [0.45, 1.4]. */
  aspect?: [number, number];
  /**
   * Usual width of the map on screen, in CSS pixels: the SVG scales with its box, so this sets how
   * fine the paths are (see onScreen, digitsOnScreen). Without it: the width, 1.2 and 1 decimal.
   */
  shownAt?: number;
  /** Points closer than this to the previous one (in viewBox units) are dropped. */
  tolerance?: number;
  /** Decimals of the path data. */
  digits?: number;
}

/**
 * A conic equal-area projection centred on `focus` and scaled so that it fills the frame; the frame
 * height follows the shape of the focus within `aspect`.
 * @example fitFrame(vietnam, { width: 320 }).height // 448 (portrait: Vietnam is tall)
 */
export function fitFrame(
  focus: GeoPermissibleObjects,
  {
    width = 800,
    padding = 0.06,
    aspect = [0.45, 1.4],
    shownAt,
    tolerance = shownAt ? onScreen(width, shownAt) : 1.2,
    digits = shownAt ? digitsOnScreen(width, shownAt) : 1,
  }: FitOptions = {},
): MapFrame {
  const [[west, south], [east, north]] = geoBounds(focus);
  const span = north - south;
  const projection = geoConicEqualArea()
    .rotate([-(west + (east - west) / 2), 0])
    .parallels([south + span / 6, north - span / 6]);
  const margin = width * padding;
  projection.fitWidth(width - 2 * margin, focus);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(focus);
  const ratio = Math.min(aspect[1], Math.max(aspect[0], (y1 - y0 + 2 * margin) / (x1 - x0 + 2 * margin)));
  const height = Math.round(width * ratio);
  projection
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      focus,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const simplified = { stream: (output: GeoStream) => projection.stream(dropClosePoints(output, tolerance)) };
  return { width, height, shownAt: shownAt ?? width, projection, path: geoPath(simplified).digits(digits) };
}

/**
 * The simplification tolerance, in viewBox units, of a map `width` units wide usually shown
 * `shownAt` CSS pixels wide: detail under about 1.4 screen pixels is dropped.
 * @example onScreen(600, 450) // 1.87
 */
function onScreen(width: number, shownAt: number): number {
  return Math.round(((1.4 * width) / shownAt) * 100) / 100;
}

/** Decimals worth writing: none when a viewBox unit is at most a screen pixel (a third less SVG). */
const digitsOnScreen = (width: number, shownAt: number): number => (width >= shownAt ? 0 : 1);

/**
 * A stream filter that drops projected points closer than `tolerance` to the last one kept, and
 * rings that shrink below a triangle: detail finer than the drawing can show only weighs on the SVG.
 */
export function dropClosePoints(output: GeoStream, tolerance: number): GeoStream {
  let line: [number, number][] | undefined;
  let skipped: [number, number] | undefined;
  let inPolygon = false;
  return {
    point(x, y) {
      if (!line) return output.point(x, y);
      const last = line[line.length - 1];
      if (!last || Math.hypot(x - last[0], y - last[1]) >= tolerance) {
        line.push([x, y]);
        skipped = undefined;
      } else {
        skipped = [x, y];
      }
    },
    lineStart() {
      line = [];
      skipped = undefined;
    },
    lineEnd() {
      const points = line!;
      line = undefined;
      // An open line keeps its end point; a ring closes on its first point anyway.
      if (skipped && !inPolygon) points.push(skipped);
      if (points.length < (inPolygon ? 3 : 2)) return;
      output.lineStart();
      for (const [x, y] of points) output.point(x, y);
      output.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      output.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      output.polygonEnd();
    },
    sphere() {
      output.sphere?.();
    },
  };
}

/**
 * The part of a country near its largest land mass: metropolitan France without its overseas
 * regions, all the main islands of Japan. Maps are fitted to this, not to every island.
 * @example homeland(france110m).coordinates.length // 2 (mainland France and Corsica)
 */
export function homeland(country: Feature<Polygon | MultiPolygon>, withinDegrees = 20): MultiPolygon {
  const polygons: Position[][][] = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const asPolygon = (coordinates: Position[][]): Polygon => ({ type: 'Polygon', coordinates });
  const largest = polygons.reduce((a, b) => (geoArea(asPolygon(b)) > geoArea(asPolygon(a)) ? b : a));
  const centre = geoCentroid(asPolygon(largest));
  const limit = (withinDegrees * Math.PI) / 180;
  return { type: 'MultiPolygon', coordinates: polygons.filter((p) => geoDistance(centre, geoCentroid(asPolygon(p))) <= limit) };
}

/**
 * A closed SVG path through projected points, 1 decimal.
 * @example outline([[0, 0], [10, 0], [10, 5]]) // 'M0,0L10,0L10,5Z'
 */
export function outline(points: [number, number][]): string {
  const round = (n: number) => String(Math.round(n * 10) / 10);
  return `${points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join('')}Z`;
}
