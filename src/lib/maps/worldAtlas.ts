/**
 * Natural Earth country shapes from the world-atlas package (public domain), read at build time.
 * 1:110m for views of half the world, 1:50m for a country and its neighbours.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';
import { memoize } from '../../util/memoize';

export type Resolution = '110m' | '50m';
export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
const topologies: Record<Resolution, Atlas> = {
  '110m': countries110m as unknown as Atlas,
  '50m': countries50m as unknown as Atlas,
};

/** Every country, with its ISO numeric code as `id` ('704' for Vietnam). Decoded once per build. */
export const countries = memoize((resolution: Resolution): CountryFeature[] => {
  const atlas = topologies[resolution];
  return (feature(atlas, atlas.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
});

/** All land as one shape, so a map draws its coasts once. */
export const land = memoize((resolution: Resolution): Feature<Polygon | MultiPolygon> => {
  const atlas = topologies[resolution];
  return (feature(atlas, atlas.objects.land) as FeatureCollection<Polygon | MultiPolygon>).features[0]!;
});

/**
 * Land borders between countries, each drawn once (coasts are left out); with `touching`, only the
 * borders of those countries (ISO numeric codes).
 */
export const borders = memoize((resolution: Resolution, touching?: readonly string[]): MultiLineString => {
  const atlas = topologies[resolution];
  const shown = touching && new Set(touching);
  return mesh(atlas, atlas.objects.countries, (a, b) => a !== b && (!shown || shown.has(String(a.id)) || shown.has(String(b.id))));
});

/** @example countryById('704', '110m')?.properties.name // 'Vietnam' */
export function countryById(id: string, resolution: Resolution): CountryFeature | undefined {
  return countries(resolution).find((country) => country.id === id);
}
