import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from './days.ts';
import { buildItemIndex } from './itemIndex.ts';
import { countInWindow, itemAt, itemsInWindow } from './query.ts';
import { selectShown } from './shownItems.ts';
import { at, FIXTURE, item } from './testItems.ts';

const randomItems = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 }), fc.boolean()),
  { maxLength: 80 },
);

/** Items from [start day, length, shows] triples, their index, and the ones that show. */
function shownOf(spans: [number, number, boolean][], laneCount: number) {
  const items = spans.map(([s, l], i) => item(String(i), isoOf(s), isoOf(s + l)));
  const index = buildItemIndex(items, laneCount);
  const visible = spans.flatMap(([, , shows], i) => (shows ? [i] : []));
  return { items, index, visible, shown: selectShown(index, Int32Array.from(visible)) };
}

describe('window queries', () => {
  it('count and list exactly the shown items overlapping a window', () => {
    fc.assert(
      fc.property(
        randomItems,
        fc.double({ min: -10, max: 420, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (spans, from, length) => {
          const { index, visible, shown } = shownOf(spans, 6);
          const to = from + length;
          const expected = visible.filter(
            (i) => at(index.starts, i) < to && at(index.ends, i) > from,
          );
          expect(countInWindow(shown, from, to)).toBe(expected.length);
          expect([...itemsInWindow(shown, from, to)].sort((a, b) => a - b)).toEqual(expected);
        },
      ),
    );
  });

  it('count an item that ends a hair after the window starts', () => {
    const index = buildItemIndex([item('a', isoOf(390), isoOf(419))], 2);
    const shown = selectShown(index, null);
    expect(countInWindow(shown, 419.999999999, 419.999999999)).toBe(1);
    expect(countInWindow(shown, 420, 430)).toBe(0);
  });
});

describe('hit-testing', () => {
  const index = buildItemIndex(FIXTURE, 4);
  const all = selectShown(index, null);
  const laneOf = (id: string) => at(index.lanes, index.indexOf(id));

  it('finds the item whose span holds the day, in the pointed lane', () => {
    const day = dayOf('2014-07-20');
    expect(itemAt(all, laneOf('siege'), day, 0)).toBe(index.indexOf('siege'));
    expect(itemAt(all, laneOf('talks'), day, 0)).toBe(index.indexOf('talks'));
  });

  it('finds a day-point within the tolerance, and nothing beyond it', () => {
    const lane = laneOf('truce');
    expect(itemAt(all, lane, dayOf('2015-02-16'), 2)).toBe(index.indexOf('truce'));
    expect(lane).not.toBe(laneOf('year'));
    expect(itemAt(all, lane, dayOf('2015-02-20'), 2)).toBe(-1);
  });

  it('prefers the shorter item where two are equally near', () => {
    const items = [item('long', '2014-01-01', '2014-12-31'), item('short', '2014-05-05')];
    const one = selectShown(buildItemIndex(items, 1), null);
    expect(itemAt(one, 0, dayOf('2014-05-05') + 0.5, 1)).toBe(1);
    expect(itemAt(one, 0, dayOf('2014-09-05'), 1)).toBe(0);
  });

  it('finds the nearest shown item of the lane, the shorter of equals, skipping hidden ones', () => {
    // dense items (a few a day), so that hidden items are often the nearest
    const denseItems = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 20 }), fc.boolean()),
      { minLength: 10, maxLength: 80 },
    );
    fc.assert(
      fc.property(
        denseItems,
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: -10, max: 130, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (spans, lane, day, tolerance) => {
          const { index, visible, shown } = shownOf(spans, 3);
          const candidates = visible
            .filter((i) => index.lanes[i] === lane)
            .map((i) => {
              const start = at(index.starts, i);
              const end = at(index.ends, i);
              const distance = day < start ? start - day : day >= end ? day - end : 0;
              return { i, distance, length: end - start };
            })
            .filter((c) => c.distance <= tolerance);
          const found = itemAt(shown, lane, day, tolerance);
          if (candidates.length === 0) {
            expect(found).toBe(-1);
            return;
          }
          const best = Math.min(...candidates.map((c) => c.distance));
          const shortest = Math.min(
            ...candidates.filter((c) => c.distance === best).map((c) => c.length),
          );
          const winners = candidates.filter((c) => c.distance === best && c.length === shortest);
          expect(winners.map((c) => c.i)).toContain(found);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds nothing outside the lanes', () => {
    expect(itemAt(all, -1, dayOf('2014-07-03'), 5)).toBe(-1);
    expect(itemAt(all, 99, dayOf('2014-07-03'), 5)).toBe(-1);
  });
});
