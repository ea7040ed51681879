import { describe, expect, it } from 'vitest';
import { tripMapData } from './tripMapData';

const points = [
  { id: 'khau-pha-pass', label: 'Khau Phạ pass', coordinates: [21.775, 104.27167] as const },
  { id: 'thac-ba-lake', label: 'Thác Bà lake', coordinates: [21.727521, 105.021495] as const },
  { id: 'ta-chi-nhu-peak', label: 'Tà Chì Nhù peak', coordinates: [21.57071, 104.3065] as const },
  { id: 'mu-cang-chai', label: 'Mù Cang Chải', coordinates: [21.833, 104.167] as const },
];

describe('tripMapData()', () => {
  const map = tripMapData(points);
  const at = (id: string) => map.points.find((p) => p.id === id)!;

  it('puts north up and east right: Thác Bà lies east of Khau Phạ, Tà Chì Nhù south of it', () => {
    expect(at('thac-ba-lake').x).toBeGreaterThan(at('khau-pha-pass').x);
    expect(at('ta-chi-nhu-peak').y).toBeGreaterThan(at('khau-pha-pass').y);
  });

  it('keeps every point and label inside the frame, labels clear of each other', () => {
    for (const p of map.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.labelY).toBeGreaterThanOrEqual(0);
      expect(p.labelY + map.labelSize).toBeLessThanOrEqual(map.height);
    }
    // Thác Bà is near the east edge of the box: its label goes to the left of the point.
    expect(at('thac-ba-lake').anchor).toBe('end');
    // Mù Cang Chải and Khau Phạ are 12 km apart: their labels must not sit on the same line.
    const [a, b] = [at('mu-cang-chai'), at('khau-pha-pass')];
    expect(a.anchor !== b.anchor || Math.abs(a.labelY - b.labelY) >= map.labelSize).toBe(true);
  });

  it('draws a scale bar whose length matches the distance it claims', () => {
    // Khau Phạ – Thác Bà is about 78 km as the crow flies (haversine of the two points).
    const [p, q] = [at('khau-pha-pass'), at('thac-ba-lake')];
    const units = Math.hypot(q.x - p.x, q.y - p.y);
    const kmPerUnit = map.scale.km / map.scale.length;
    expect(units * kmPerUnit).toBeGreaterThan(74);
    expect(units * kmPerUnit).toBeLessThan(82);
    expect([10, 20, 25, 50]).toContain(map.scale.km);
  });
});
