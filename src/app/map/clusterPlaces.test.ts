import { describe, expect, it } from 'vitest';
import { clusterPlaces, type ClusterInput } from './clusterPlaces.ts';

const place = (lat: number, lon: number, count = 1): ClusterInput => ({ lat, lon, count });

describe('clusterPlaces', () => {
  it('groups places closer than the radius and leaves distant ones alone', () => {
    // At zoom 2 a degree of longitude is about 2.8 pixels.
    const groups = clusterPlaces(
      [place(35, 38), place(35.5, 38.5), place(40, -100), place(36, 39)],
      2,
      44,
    );
    const members = groups.map((g) => [...g.members].sort()).sort();
    expect(members).toEqual([[0, 1, 3], [2]]);
  });

  it('seeds each group with its place of most events, so groups keep their identity', () => {
    const groups = clusterPlaces(
      [place(35, 38, 2), place(35.2, 38.2, 9), place(35.1, 38.1, 5)],
      2,
      44,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.seed).toBe(1);
    expect(groups[0]?.members[0]).toBe(1);
  });

  it('puts a group at its members’ mean position and a lone place at its own', () => {
    const [group] = clusterPlaces([place(10, 20), place(10, 22)], 2, 44);
    expect(group?.lon).toBeCloseTo(21, 6);
    expect(group?.lat).toBeCloseTo(10, 1);
    const lone = clusterPlaces([place(10, 20), place(-40, 150)], 2, 44);
    expect(lone.map((g) => [g.lat, g.lon])).toEqual([
      [10, 20],
      [-40, 150],
    ]);
  });

  it('takes only places within the radius of the seed, not within a neighbour cell', () => {
    // 40 and 80 pixels apart along the equator at zoom 8 (256 * 2^8 px per 360°).
    const perPixel = 360 / (256 * 2 ** 8);
    const groups = clusterPlaces(
      [place(0, 0, 3), place(0, 40 * perPixel, 2), place(0, 80 * perPixel, 1)],
      8,
      44,
    );
    expect(groups.map((g) => g.members)).toEqual([[0, 1], [2]]);
  });

  it('handles no places', () => {
    expect(clusterPlaces([], 3, 44)).toEqual([]);
  });
});
