import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from './days.ts';
import { buildItemIndex } from './itemIndex.ts';
import { countInWindow, itemAt, itemsInWindow } from './query.ts';
import { at, FIXTURE, item } from './testItems.ts';

const randomItems = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 })),
  { maxLength: 80 },
);

describe('window queries', () => {
  it('count and list exactly the items overlapping a window', () => {
    fc.assert(
      fc.property(
        randomItems,
        fc.double({ min: -10, max: 420, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (spans, from, length) => {
          const items = spans.map(([s, l], i) => item(String(i), isoOf(s), isoOf(s + l)));
          const index = buildItemIndex(items, 6);
          const to = from + length;
          const expected = items
            .map((_, i) => i)
            .filter((i) => at(index.starts, i) < to && at(index.ends, i) > from);
          expect(countInWindow(index, from, to)).toBe(expected.length);
          expect([...itemsInWindow(index, from, to)].sort((a, b) => a - b)).toEqual(expected);
        },
      ),
    );
  });

  it('count an item that ends a hair after the window starts', () => {
    const index = buildItemIndex([item('a', isoOf(390), isoOf(419))], 2);
    expect(countInWindow(index, 419.999999999, 419.999999999)).toBe(1);
    expect(countInWindow(index, 420, 430)).toBe(0);
  });
});

describe('hit-testing', () => {
  const index = buildItemIndex(FIXTURE, 4);
  const laneOf = (id: string) => at(index.lanes, index.indexOf(id));

  it('finds the item whose span holds the day, in the pointed lane', () => {
    const day = dayOf('2014-07-20');
    expect(itemAt(index, laneOf('siege'), day, 0)).toBe(index.indexOf('siege'));
    expect(itemAt(index, laneOf('talks'), day, 0)).toBe(index.indexOf('talks'));
  });

  it('finds a day-point within the tolerance, and nothing beyond it', () => {
    const lane = laneOf('truce');
    expect(itemAt(index, lane, dayOf('2015-02-16'), 2)).toBe(index.indexOf('truce'));
    expect(lane).not.toBe(laneOf('year'));
    expect(itemAt(index, lane, dayOf('2015-02-20'), 2)).toBe(-1);
  });

  it('prefers the shorter item where two are equally near', () => {
    const items = [item('long', '2014-01-01', '2014-12-31'), item('short', '2014-05-05')];
    const one = buildItemIndex(items, 1);
    expect(itemAt(one, 0, dayOf('2014-05-05') + 0.5, 1)).toBe(1);
    expect(itemAt(one, 0, dayOf('2014-09-05'), 1)).toBe(0);
  });

  it('finds nothing outside the lanes', () => {
    expect(itemAt(index, -1, dayOf('2014-07-03'), 5)).toBe(-1);
    expect(itemAt(index, 99, dayOf('2014-07-03'), 5)).toBe(-1);
  });
});
