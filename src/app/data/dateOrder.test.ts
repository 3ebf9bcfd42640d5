import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByDays } from './dateOrder.ts';

const NONE = -2_147_483_648;

/** The order by comparison: the definition the counting sorts must match. */
function byComparison(starts: Int32Array, ends: Int32Array): number[] {
  return [...starts.keys()].sort((a, b) => {
    const sa = starts[a] as number;
    const sb = starts[b] as number;
    if (sa === NONE || sb === NONE) return sa === sb ? a - b : sa === NONE ? 1 : -1;
    return sa - sb || (ends[a] as number) - (ends[b] as number) || a - b;
  });
}

const events = (spread: number) =>
  fc.array(
    fc.option(
      fc
        .tuple(fc.integer({ min: -spread, max: spread }), fc.nat(spread))
        .map(([s, len]): [number, number] => [s, s + len]),
      { nil: null },
    ),
    { maxLength: 60 },
  );

function arrays(list: ([number, number] | null)[]) {
  const starts = Int32Array.from(list, (e) => (e ? e[0] : NONE));
  const ends = Int32Array.from(list, (e) => (e ? e[1] : NONE));
  return { starts, ends };
}

describe('orderByDays', () => {
  it('orders by start, then end, then index, undated last', () => {
    const { starts, ends } = arrays([[5, 9], null, [3, 4], [5, 6], [3, 4], null]);
    expect([...orderByDays(starts, ends, NONE)]).toEqual([2, 4, 3, 0, 1, 5]);
  });

  it('matches the comparison order, for close and for far-spread days', () => {
    for (const spread of [30, 50_000_000]) {
      fc.assert(
        fc.property(events(spread), (list) => {
          const { starts, ends } = arrays(list);
          expect([...orderByDays(starts, ends, NONE)]).toEqual(byComparison(starts, ends));
        }),
      );
    }
  });
});
