import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { buildItemIndex, sortedOrder } from './itemIndex.ts';
import { binsFor, massBetween } from './density.ts';
import { countInWindow } from './query.ts';
import { selectShown } from './shownItems.ts';
import { at, FIXTURE } from './testItems.ts';

describe('sortedOrder', () => {
  it('orders indexes by key, ties by index, dense or sparse keys alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 })),
        fc.constantFrom(1, 1_000_000),
        (small, spread) => {
          const keys = Int32Array.from(small.map((k) => k * spread));
          const expected = [...keys.keys()].sort((a, b) => at(keys, a) - at(keys, b) || a - b);
          expect([...sortedOrder(keys)]).toEqual(expected);
        },
      ),
    );
  });
});

describe('the item index', () => {
  const index = buildItemIndex(FIXTURE, 4);

  it('holds day numbers with exclusive ends, and which items are publication-dated', () => {
    expect(index.starts[0]).toBe(dayOf('2014-06-01'));
    expect(index.ends[0]).toBe(dayOf('2014-09-01'));
    expect(at(index.ends, 1) - at(index.starts, 1)).toBe(1);
    expect([...index.published]).toEqual([0, 0, 0, 1, 0, 0]);
    expect(index.maxLength).toBe(365);
    expect(index.firstDay).toBe(dayOf('2014-06-01'));
    expect(index.pastDay).toBe(dayOf('2016-01-01'));
  });

  it('numbers the distinct start and end days', () => {
    const starts = ['2014-06-01', '2014-07-01', '2014-07-03', '2015-01-01', '2015-02-14'];
    expect([...index.startDays]).toEqual(starts.map(dayOf));
    for (let i = 0; i < FIXTURE.length; i++) {
      expect(index.startDays[at(index.startSlot, i)]).toBe(index.starts[i]);
      expect(index.endDays[at(index.endSlot, i)]).toBe(index.ends[i]);
    }
    expect(index.endDays.length).toBe(5);
  });

  it('orders items by start and groups them by lane', () => {
    const ids = [...index.order].map((i) => at(FIXTURE, i).id);
    expect(ids).toEqual(['siege', 'talks', 'strike', 'report', 'year', 'truce']);
    const groups = index.laneGroups();
    expect(groups.offsets[index.laneCount]).toBe(FIXTURE.length);
    for (let lane = 0; lane < index.laneCount; lane++) {
      for (let k = at(groups.offsets, lane); k < at(groups.offsets, lane + 1); k++) {
        expect(index.lanes[at(groups.items, k)]).toBe(lane);
      }
    }
    // the strike overlaps the siege and the talks, so it sits in a third lane
    expect(new Set([index.lanes[0], index.lanes[1], index.lanes[2]]).size).toBe(3);
  });

  it('spreads each item over its days in the density', () => {
    const { density } = selectShown(index, null);
    expect(massBetween(density, index.firstDay, index.pastDay)).toBeCloseTo(FIXTURE.length, 9);
    const siege = [dayOf('2014-06-01'), dayOf('2014-09-01')] as const;
    // the siege, the strike, the talks and the report
    expect(massBetween(density, ...siege)).toBeCloseTo(4, 9);
  });

  it('finds items by id, by scan at first and by map once lookups add up', () => {
    const fresh = buildItemIndex(FIXTURE, 4);
    for (let round = 0; round < 20; round++) {
      expect(fresh.indexOf('truce')).toBe(5);
      expect(fresh.indexOf('siege')).toBe(0);
      expect(fresh.indexOf('nope')).toBe(-1);
    }
  });

  it('handles no items', () => {
    const empty = buildItemIndex([], 4);
    expect(empty.order.length).toBe(0);
    expect(empty.indexOf('x')).toBe(-1);
    const shown = selectShown(empty, null);
    expect(shown.count).toBe(0);
    expect(countInWindow(shown, -100, 100)).toBe(0);
    expect(massBetween(shown.density, -100, 100)).toBe(0);
    expect(binsFor(shown.density, { start: 0, end: 10 }, 100).max).toBe(0);
  });
});
