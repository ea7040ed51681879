import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { provinceLocatorData } from './provinceLocatorData';
import { countryById } from './worldAtlas';
import { extentBounds } from './yenBaiExtent';

describe('provinceLocatorData()', () => {
  const map = provinceLocatorData();

  it('draws Vietnam in a portrait frame and names the neighbours it shows', () => {
    expect(map.width).toBe(320);
    expect(map.height).toBeGreaterThan(map.width);
    expect(map.home.code).toBe('VN');
    expect(map.highlighted).toEqual([]);
    expect(map.alsoShown).toEqual(expect.arrayContaining(['CN', 'LA', 'KH', 'TH']));
  });

  it('places the sourced extent of Yên Bái in northern Vietnam', () => {
    const [[west, south], [east, north]] = extentBounds();
    expect(geoContains(countryById('704', '50m')!, [(west + east) / 2, (south + north) / 2])).toBe(true);
    // North is up: the box lies in the upper third of the frame.
    expect(map.yenBai.cy).toBeLessThan(map.height / 3);
    expect(map.yenBai.width).toBeGreaterThan(16);
  });
});
