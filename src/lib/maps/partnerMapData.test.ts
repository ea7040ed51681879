import { describe, expect, it } from 'vitest';
import { partnerMapData } from './partnerMapData';

describe('partnerMapData()', () => {
  const map = partnerMapData({ partners: ['LA', 'FR', 'JP'] });

  it('highlights Vietnam and the partners’ countries, in the order given', () => {
    expect(map.home.code).toBe('VN');
    expect(map.home.d).toMatch(/^M/);
    expect(map.highlighted.map((c) => c.code)).toEqual(['LA', 'FR', 'JP']);
    for (const country of map.highlighted) expect(country.d.length, country.code).toBeGreaterThan(50);
  });

  it('shows half the world from 1:110m shapes for partners as far apart as France and Japan', () => {
    expect(map.resolution).toBe('110m');
    expect(map.width).toBe(800);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThanOrEqual(640);
  });

  it('marks the Yên Bái extent inside the frame, where Vietnam is', () => {
    expect(map.yenBai.cx).toBeGreaterThan(0);
    expect(map.yenBai.cx).toBeLessThan(map.width);
    expect(map.yenBai.cy).toBeGreaterThan(0);
    expect(map.yenBai.cy).toBeLessThan(map.height);
    expect(map.yenBai.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}Z$/);
  });

  it('uses 1:50m shapes for a close view of Laos and Vietnam', () => {
    const laos = partnerMapData({ partners: ['LA'], width: 600 });
    expect(laos.resolution).toBe('50m');
    expect(laos.highlighted.map((c) => c.code)).toEqual(['LA']);
    expect(laos.alsoShown).toContain('TH');
  });

  it('keeps the SVG small: about 40 kB of path data at most, one decimal', () => {
    for (const partners of [['LA', 'FR', 'JP'], ['LA'], ['FR'], ['JP']] as const) {
      const m = partnerMapData({ partners, width: partners.length > 1 ? 800 : 600 });
      const all = [m.land, m.borders, m.home.d, ...m.highlighted.map((c) => c.d)].join('');
      expect(all.length, partners.join()).toBeLessThan(40_000);
      expect(all).not.toMatch(/\.\d\d/);
    }
  });
});
