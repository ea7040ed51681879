import { describe, expect, it } from 'vitest';
import { formatDms, toDecimal } from './geoBox';
import { extentBounds, extentCorners, yenBaiExtent } from './yenBaiExtent';

describe('the extent of the former Yên Bái province', () => {
  it('is the one the provincial portal gives: 21°24′40″–22°16′32″ N, 103°56′26″–105°03′07″ E', () => {
    expect(`${formatDms(yenBaiExtent.south)}–${formatDms(yenBaiExtent.north)}`).toBe('21°24′40″–22°16′32″');
    expect(`${formatDms(yenBaiExtent.west)}–${formatDms(yenBaiExtent.east)}`).toBe('103°56′26″–105°03′07″');
    expect(yenBaiExtent.source.url).toContain('yenbai.gov.vn');
  });

  it('converts to decimal degrees', () => {
    expect(toDecimal([21, 24, 40])).toBeCloseTo(21.4111, 4);
    const [[west, south], [east, north]] = extentBounds();
    expect([west, south, east, north].map((n) => Math.round(n * 1000) / 1000)).toEqual([103.941, 21.411, 105.052, 22.276]);
    expect(extentCorners()).toHaveLength(4);
  });
});
