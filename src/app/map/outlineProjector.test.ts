import { describe, expect, it } from 'vitest';
import { OutlineProjector, type Affine, type LatLngLike, type XY } from './outlineProjector.ts';

// Leaflet's EPSG:3857, written out: spherical Mercator, then x' = s(ax + b), y' = s(cy + d) with
// s = 256 * 2^zoom, rounded to pixels, less the pixel origin (`latLngToLayerPoint`).
const R = 6378137;
const MAX_LATITUDE = 85.0511287798;
function mercator({ lat, lng }: LatLngLike): XY {
  const d = Math.PI / 180;
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * d);
  return { x: R * lng * d, y: (R * Math.log((1 + sin) / (1 - sin))) / 2 };
}
const AFFINE: Affine = { a: 0.5 / (Math.PI * R), b: 0.5, c: -0.5 / (Math.PI * R), d: 0.5 };
const scaleAt = (zoom: number) => 256 * Math.pow(2, zoom);
function leafletLayerPoint(latlng: LatLngLike, zoom: number, origin: XY): XY {
  const p = mercator(latlng);
  const s = scaleAt(zoom);
  return {
    x: Math.round(s * (AFFINE.a * p.x + AFFINE.b)) - origin.x,
    y: Math.round(s * (AFFINE.c * p.y + AFFINE.d)) - origin.y,
  };
}

// Part of Syria's border with Iraq and Turkey, a point past Mercator's latitude limit, and
// the date line.
const RING: LatLngLike[] = [
  { lat: 37.1, lng: 42.35 },
  { lat: 34.45, lng: 41.0 },
  { lat: 33.37, lng: 38.79 },
  { lat: 35.95, lng: 39.01 },
  { lat: 89.9, lng: 179.99 },
  { lat: -16.8, lng: -179.9 },
];

function counting() {
  let calls = 0;
  const projector = new OutlineProjector<XY>(
    (latlng) => {
      calls++;
      return mercator(latlng);
    },
    (x, y) => ({ x, y }),
  );
  return { projector, calls: () => calls };
}

describe('OutlineProjector', () => {
  it("gives Leaflet's layer points at whole and fractional zooms", () => {
    const { projector } = counting();
    for (const [zoom, origin] of [
      [2, { x: 0, y: 0 }],
      [4.5, { x: 5120, y: 3012 }],
      [7, { x: 40321, y: 25877 }],
    ] as const) {
      const { points } = projector.ring(RING, scaleAt(zoom), AFFINE, origin);
      expect(points).toEqual(RING.map((latlng) => leafletLayerPoint(latlng, zoom, origin)));
    }
  });

  it('projects each point once, however many zooms follow', () => {
    const { projector, calls } = counting();
    for (const zoom of [1, 3, 6, 3]) projector.ring(RING, scaleAt(zoom), AFFINE, { x: 0, y: 0 });
    expect(calls()).toBe(RING.length);
    // Another ring (another array) has its own projected points.
    projector.ring(RING.slice(0, 2), scaleAt(3), AFFINE, { x: 0, y: 0 });
    expect(calls()).toBe(RING.length + 2);
  });

  it('gives the bounding box of the points', () => {
    const { projector } = counting();
    const { points, min, max } = projector.ring(RING.slice(0, 4), scaleAt(6), AFFINE, {
      x: 100,
      y: 200,
    });
    expect(min).toEqual({
      x: Math.min(...points.map((p) => p.x)),
      y: Math.min(...points.map((p) => p.y)),
    });
    expect(max).toEqual({
      x: Math.max(...points.map((p) => p.x)),
      y: Math.max(...points.map((p) => p.y)),
    });
    // Raqqa (35.95 N) lies north of 33.37 N: a smaller y, as screen y grows southwards.
    expect(points[3]?.y).toBeLessThan(points[2]?.y ?? -Infinity);
  });
});
