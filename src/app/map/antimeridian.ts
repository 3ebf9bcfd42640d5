/**
 * Makes world-atlas polygons drawable on Leaflet's flat map. The atlas stores longitudes in
 * [-180, 180], so a ring that crosses the 180th meridian (Russia's Chukotka, Fiji) jumps from
 * +179.9 to -179.9 and Leaflet would draw a stroke across the whole world. We unwrap each ring
 * into continuous longitudes and add a copy shifted by 360° so both sides of the map show it.
 * A ring that circles a pole (Antarctica) cannot be unwrapped closed: it is closed via the pole.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

type Point = [lon: number, lat: number];
type Ring = Point[];

const lonOf = (p: Position): number => p[0] ?? 0;
const latOf = (p: Position): number => p[1] ?? 0;

function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let offset = 0;
  let prev: number | null = null;
  for (const point of ring) {
    let lon = lonOf(point) + offset;
    if (prev !== null && lon - prev > 180) {
      offset -= 360;
      lon -= 360;
    } else if (prev !== null && lon - prev < -180) {
      offset += 360;
      lon += 360;
    }
    out.push([lon, latOf(point)]);
    prev = lon;
  }
  return out;
}

function closeAroundPole(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || Math.abs(last[0] - first[0]) < 180) return ring;
  const meanLat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...ring, [last[0], pole], [first[0], pole], first];
}

function shift(polygon: Ring[], by: number): Ring[] {
  return polygon.map((ring) => ring.map(([lon, lat]): Point => [lon + by, lat]));
}

/** A jump of more than 180° between neighbours, other than along a pole's edge. */
function jumps(a: Position, b: Position): boolean {
  return (
    Math.abs(lonOf(a) - lonOf(b)) > 180 && !(Math.abs(latOf(a)) === 90 && latOf(a) === latOf(b))
  );
}

function ringJumps(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1];
    const b = ring[i];
    if (a && b && jumps(a, b)) return true;
  }
  return false;
}

function fixPolygon(polygon: readonly Position[][]): Position[][][] {
  if (!polygon.some(ringJumps)) return [polygon.map((ring) => [...ring])];
  const rings = polygon.map((ring) => closeAroundPole(unwrapRing(ring)));
  const lons = rings.flat().map((p) => p[0]);
  const out: Ring[][] = [rings];
  if (Math.max(...lons) > 180) out.push(shift(rings, -360));
  if (Math.min(...lons) < -180) out.push(shift(rings, 360));
  return out;
}

/** The geometry with antimeridian crossings unwrapped; untouched when nothing crosses. */
export function unwrapAntimeridian(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    const parts = fixPolygon(geometry.coordinates);
    const [only] = parts;
    return parts.length === 1 && only
      ? ({ type: 'Polygon', coordinates: only } satisfies Polygon)
      : ({ type: 'MultiPolygon', coordinates: parts } satisfies MultiPolygon);
  }
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.flatMap(fixPolygon) };
  }
  return geometry;
}

/**
 * Whether any two consecutive points of any ring are more than 180° of longitude apart, other
 * than along a pole (where a ring closed around it runs the map's bottom or top edge).
 */
export function hasAntimeridianJump(geometry: Geometry): boolean {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons.some((polygon) => polygon.some(ringJumps));
}

function lonRange(geometry: Geometry): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const p of ring) {
        min = Math.min(min, lonOf(p));
        max = Math.max(max, lonOf(p));
      }
    }
  }
  return [min, max];
}

function shiftGeometry(geometry: Geometry, by: number): Geometry {
  const move = (ring: Position[]) => ring.map((p): Position => [lonOf(p) + by, latOf(p)]);
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: geometry.coordinates.map(move) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(move)) };
  }
  return geometry;
}

/** How close to the 180th meridian a country must reach to be drawn again on its far side. */
const DATELINE_MARGIN = 40;

/**
 * Leaflet draws a vector layer once, not per world copy, so a map centred on the Pacific shows
 * Alaska on one side of the date line and nothing on the other. Countries that reach within
 * DATELINE_MARGIN degrees of it get a copy shifted by 360°, so the Pacific reads continuously.
 */
export function datelineCopies(geometry: Geometry): Geometry[] {
  const [min, max] = lonRange(geometry);
  const copies: Geometry[] = [];
  if (max > 180 - DATELINE_MARGIN) copies.push(shiftGeometry(geometry, -360));
  if (min < -180 + DATELINE_MARGIN) copies.push(shiftGeometry(geometry, 360));
  return copies;
}
