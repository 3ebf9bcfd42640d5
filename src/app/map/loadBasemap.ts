/**
 * The offline base map: world-atlas country outlines (Natural Earth 1:50m), fetched from our own
 * origin (the build copies them there) and converted to GeoJSON once per page.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { datelineCopies, hasAntimeridianJump, unwrapAntimeridian } from './antimeridian.ts';

export const BASEMAP_URL = 'basemap/countries-50m.json';

export interface CountryProperties {
  name: string;
}

export type CountryFeature = Feature<Geometry, CountryProperties>;

let cached: Promise<FeatureCollection<Geometry, CountryProperties>> | null = null;

async function fetchBasemap(): Promise<FeatureCollection<Geometry, CountryProperties>> {
  const response = await fetch(BASEMAP_URL);
  if (!response.ok) throw new Error(`base map: ${response.status} ${response.statusText}`);
  const topology = (await response.json()) as Topology<{
    countries: GeometryCollection<CountryProperties>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  return {
    type: 'FeatureCollection',
    features: collection.features.flatMap((f) => {
      // A country that crosses the date line already gets both sides from unwrapping; others
      // near it get a copy. Copies keep the feature's id, so lighting a country lights them all.
      if (hasAntimeridianJump(f.geometry))
        return [{ ...f, geometry: unwrapAntimeridian(f.geometry) }];
      return [f.geometry, ...datelineCopies(f.geometry)].map((g) => ({ ...f, geometry: g }));
    }),
  };
}

/** One fetch per page; a failure is not cached, so a later mount can retry. */
export function loadBasemap(): Promise<FeatureCollection<Geometry, CountryProperties>> {
  cached ??= fetchBasemap().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
