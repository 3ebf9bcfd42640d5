import { describe, expect, it } from 'vitest';
import { assignLanes } from './lanes.ts';
import { at } from './testItems.ts';

function lanesOf(spans: [number, number][], laneCount: number) {
  const starts = Int32Array.from(spans.map((s) => s[0]));
  const ends = Int32Array.from(spans.map((s) => s[1]));
  const order = Uint32Array.from(
    spans.map((_, i) => i).sort((a, b) => at(starts, a) - at(starts, b)),
  );
  return [...assignLanes(order, starts, ends, laneCount)];
}

describe('lane assignment', () => {
  it('stacks overlapping items and reuses a lane once it is free', () => {
    expect(
      lanesOf(
        [
          [0, 10],
          [5, 8],
          [8, 9],
          [10, 12],
        ],
        4,
      ),
    ).toEqual([0, 1, 1, 0]);
  });

  it('puts back-to-back days in one lane (ends are exclusive)', () => {
    expect(
      lanesOf(
        [
          [0, 1],
          [1, 2],
          [2, 3],
        ],
        4,
      ),
    ).toEqual([0, 0, 0]);
  });

  it('sends overflow to the lane that frees up first', () => {
    expect(
      lanesOf(
        [
          [0, 100],
          [0, 5],
          [1, 50],
        ],
        2,
      ),
    ).toEqual([0, 1, 1]);
  });

  it('refuses lane counts a byte cannot hold', () => {
    expect(() => lanesOf([[0, 1]], 0)).toThrow('Unexpected laneCount value: 0.');
  });
});
