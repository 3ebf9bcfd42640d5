import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { datelineCopies, hasAntimeridianJump, unwrapAntimeridian } from './antimeridian.ts';

const topology = atlas as unknown as Topology;
const countriesObject = topology.objects.countries;
if (!countriesObject) throw new Error('world-atlas has no countries object');
const countries = feature(topology, countriesObject) as FeatureCollection;
function byName(name: string) {
  const found = countries.features.find((f) => f.properties?.name === name);
  if (!found) throw new Error(`no ${name} in world-atlas`);
  return found;
}

describe('unwrapAntimeridian', () => {
  it('removes every world-spanning jump from the real atlas', () => {
    const crossing = countries.features.filter((f) => hasAntimeridianJump(f.geometry));
    expect(crossing.map((f) => f.properties?.name).sort()).toEqual([
      'Antarctica',
      'Fiji',
      'Russia',
    ]);
    for (const f of crossing)
      expect(hasAntimeridianJump(unwrapAntimeridian(f.geometry))).toBe(false);
  });

  it('draws Russia on both sides of the date line', () => {
    const fixed = unwrapAntimeridian(byName('Russia').geometry);
    const lons =
      fixed.type === 'MultiPolygon' ? fixed.coordinates.flat(2).map((p) => p[0] ?? 0) : [];
    expect(Math.max(...lons)).toBeGreaterThan(180);
    expect(Math.min(...lons)).toBeLessThan(-170);
  });

  it('leaves a country that does not cross untouched', () => {
    const syria = byName('Syria').geometry;
    expect(unwrapAntimeridian(syria)).toEqual(syria);
  });

  it('copies the countries near the date line to its far side, and no others', () => {
    const usa = datelineCopies(byName('United States of America').geometry);
    expect(usa).toHaveLength(1);
    const lons =
      usa[0]?.type === 'MultiPolygon' ? usa[0].coordinates.flat(2).map((p) => p[0] ?? 0) : [];
    // Alaska's west tip sits just past 180° east of the date line.
    expect(Math.min(...lons)).toBeGreaterThan(180);
    expect(datelineCopies(byName('Syria').geometry)).toEqual([]);
  });
});
