/**
 * The trip map: where the destinations lie within the sourced extent of the former Yên Bái
 * province. It draws no country shapes or boundaries (the province's outline is not published,
 * and a map of part of Vietnam must not look like a map of the country): only the extent box,
 * the points with their labels, a scale bar and north.
 */
import { geoDistance, type GeoProjection } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { outline, fitFrame } from './svgPath';
import { extentBounds, extentCorners } from './yenBaiExtent';
import { textWidth } from './mapData';

/** Mean Earth radius in kilometres (IUGG), for distances on the map. */
const earthRadiusKm = 6371.0088;

export interface TripPoint {
  id: string;
  /** The label, already in the reader's language. */
  label: string;
  /** Latitude, longitude in degrees, as the data file gives them. */
  coordinates: readonly [number, number];
}

interface PlacedPoint extends TripPoint {
  x: number;
  y: number;
  /** Top-left corner of the label and its anchor side. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface TripMapData {
  width: number;
  height: number;
  /** The extent box, as SVG path data. */
  extent: string;
  points: PlacedPoint[];
  /** A scale bar of a round number of kilometres, about a fifth of the width. */
  scale: { km: number; x: number; y: number; length: number };
  labelSize: number;
}

export interface TripMapOptions {
  /** Width of the viewBox. Default 640. */
  width?: number;
  /** Usual width on screen in CSS pixels, for the size of labels. Default 560. */
  shownAt?: number;
}

/**
 * Projects the points into a frame fitted to the province's extent, with each label on the side
 * where it stays in the frame and clear of the labels already placed.
 * @example tripMapData([{ id: 'thac-ba-lake', label: 'Thác Bà lake', coordinates: [21.7275, 105.0215] }]).points[0]!.anchor // 'end' (near the east edge)
 */
export function tripMapData(points: readonly TripPoint[], { width = 640, shownAt = 560 }: TripMapOptions = {}): TripMapData {
  const [sw, se, ne, nw] = extentCorners();
  // d3-geo reads rings clockwise as the inside.
  const box: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[sw!, nw!, ne!, se!, sw!]]] };
  const frame = fitFrame(box, { width, shownAt, padding: 0.08, aspect: [0.5, 1] });
  const { projection, height } = frame;
  const labelSize = Math.round((13 * width) / shownAt);
  // Clear of the numbered disc (radius 9) around the point.
  const gap = labelSize * 0.6 + 9;

  const placed: { left: number; top: number; right: number; bottom: number }[] = [];
  const laidOut = [...points]
    // West to east, so labels fill in the same order whatever the data file's order.
    .sort((a, b) => a.coordinates[1] - b.coordinates[1])
    .map((point): PlacedPoint => {
      const [x, y] = projection([point.coordinates[1], point.coordinates[0]])!;
      const w = textWidth(point.label, labelSize);
      const options: { anchor: 'start' | 'end'; left: number; top: number }[] = [
        { anchor: 'start', left: x + gap, top: y - labelSize / 2 },
        { anchor: 'end', left: x - gap - w, top: y - labelSize / 2 },
        { anchor: 'start', left: x + gap, top: y + gap },
        { anchor: 'end', left: x - gap - w, top: y + gap },
        { anchor: 'start', left: x + gap, top: y - gap - labelSize },
        { anchor: 'end', left: x - gap - w, top: y - gap - labelSize },
      ];
      const fits = (o: (typeof options)[number]) => o.left >= 0 && o.left + w <= width && o.top >= 0 && o.top + labelSize <= height;
      const clear = (o: (typeof options)[number]) =>
        placed.every((p) => o.left + w <= p.left || p.right <= o.left || o.top + labelSize <= p.top || p.bottom <= o.top);
      const chosen = options.find((o) => fits(o) && clear(o)) ?? options.find(fits) ?? options[0]!;
      placed.push({ left: chosen.left, top: chosen.top, right: chosen.left + w, bottom: chosen.top + labelSize });
      return {
        ...point,
        x: round(x),
        y: round(y),
        anchor: chosen.anchor,
        labelX: round(chosen.anchor === 'start' ? chosen.left : chosen.left + w),
        labelY: round(chosen.top),
      };
    });

  return {
    width,
    height,
    extent: outline(extentCorners().map((c) => projection(c)!)),
    points: laidOut,
    scale: scaleBar(frame.projection, width, height),
    labelSize,
  };
}

/** A bar of 10, 20, 25 or 50 km (whichever is nearest a fifth of the width), in the margin under the box. */
function scaleBar(projection: GeoProjection, width: number, height: number): TripMapData['scale'] {
  // Measured along the box's southern edge: over one degree of latitude the scale barely changes.
  const [[west, south], [east]] = extentBounds();
  const from: [number, number] = [west, south];
  const to: [number, number] = [east, south];
  const km = geoDistance(from, to) * earthRadiusKm;
  const [x0] = projection(from)!;
  const [x1] = projection(to)!;
  const unitsPerKm = Math.abs(x1 - x0) / km;
  const wanted = width / 5 / unitsPerKm;
  const roundKm = [10, 20, 25, 50].reduce((best, n) => (Math.abs(n - wanted) < Math.abs(best - wanted) ? n : best));
  return { km: roundKm, x: round(x0), y: round(height - width * 0.015), length: round(roundKm * unitsPerKm) };
}

const round = (n: number) => Math.round(n * 10) / 10;
