import { describe, expect, it } from 'vitest';
import { geoPath, type GeoStream } from 'd3-geo';
import { dropClosePoints, fitFrame, homeland, outline } from './svgPath';
import { countryById } from './worldAtlas';

const france = countryById('250', '110m')!;
const vietnam = countryById('704', '50m')!;

describe('fitFrame()', () => {
  it('fits the focus inside the frame, with the margin asked for', () => {
    const frame = fitFrame(vietnam, { width: 320, padding: 0.1 });
    const [[x0, y0], [x1, y1]] = geoPath(frame.projection).bounds(vietnam);
    expect(x0).toBeGreaterThanOrEqual(31);
    expect(x1).toBeLessThanOrEqual(289);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(y1).toBeLessThanOrEqual(frame.height);
  });

  it('gives a tall country a portrait frame, within the aspect limits', () => {
    expect(fitFrame(vietnam, { width: 320 }).height).toBeGreaterThan(320);
    expect(fitFrame(vietnam, { width: 320, aspect: [0.5, 1] }).height).toBe(320);
  });

  it('writes path data with at most one decimal', () => {
    const d = fitFrame(vietnam, { width: 320 }).path(vietnam)!;
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/\.\d\d/);
  });

  it('clips shapes to the frame', () => {
    const frame = fitFrame(homeland(vietnam), { width: 320 });
    const [[x0, y0], [x1, y1]] = frame.path.bounds(countryById('156', '50m')!);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(320);
    expect(y1).toBeLessThanOrEqual(frame.height);
  });
});

describe('homeland()', () => {
  it('keeps metropolitan France and leaves out its overseas regions', () => {
    const polygons = france.geometry.type === 'MultiPolygon' ? france.geometry.coordinates.length : 1;
    const kept = homeland(france).coordinates;
    expect(kept.length).toBeLessThan(polygons);
    for (const polygon of kept) {
      for (const [lon, lat] of polygon[0]!) {
        expect(lon).toBeGreaterThan(-6);
        expect(lat).toBeGreaterThan(40);
      }
    }
  });
});

describe('dropClosePoints()', () => {
  it('drops points closer than the tolerance but keeps the end of a line', () => {
    const seen: [number, number][] = [];
    const sink: GeoStream = { point: (x, y) => void seen.push([x, y]), lineStart() {}, lineEnd() {}, polygonStart() {}, polygonEnd() {}, sphere() {} };
    const stream = dropClosePoints(sink, 1);
    stream.lineStart();
    for (const [x, y] of [
      [0, 0],
      [0.2, 0],
      [0.5, 0],
      [2, 0],
      [2.3, 0],
    ] as const)
      stream.point(x, y, 0);
    stream.lineEnd();
    expect(seen).toEqual([
      [0, 0],
      [2, 0],
      [2.3, 0],
    ]);
  });

  it('drops a ring that shrinks below a triangle', () => {
    let lines = 0;
    const sink: GeoStream = { point() {}, lineStart: () => void lines++, lineEnd() {}, polygonStart() {}, polygonEnd() {}, sphere() {} };
    const stream = dropClosePoints(sink, 1);
    stream.polygonStart();
    stream.lineStart();
    for (const [x, y] of [
      [0, 0],
      [0.3, 0],
      [0.3, 0.3],
      [0, 0],
    ] as const)
      stream.point(x, y, 0);
    stream.lineEnd();
    stream.polygonEnd();
    expect(lines).toBe(0);
  });
});

describe('outline()', () => {
  it('closes a path through the points, rounded to one decimal', () => {
    expect(
      outline([
        [0, 0],
        [10.04, 0],
        [10, 5.26],
      ]),
    ).toBe('M0,0L10,0L10,5.3Z');
  });
});
