import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { massBetween } from './density.ts';
import { isoOf } from './days.ts';
import { buildItemIndex, type ItemIndex } from './itemIndex.ts';
import { selectShown, type ShownItems } from './shownItems.ts';
import { at, item } from './testItems.ts';

/** Random items: [start day, length in days, shows]. */
const randomItems = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 90 }), fc.boolean()),
  { maxLength: 120 },
);

function indexOf(spans: [number, number, boolean][], sorted: boolean) {
  const ordered = sorted ? [...spans].sort((a, b) => a[0] - b[0]) : spans;
  const items = ordered.map(([s, l], i) => item(String(i), isoOf(s), isoOf(s + l)));
  const visible = ordered.flatMap(([, , shows], i) => (shows ? [i] : []));
  return { index: buildItemIndex(items, 4), visible };
}

/** What the shown items must hold, counted plainly from the visible items. */
function expectShown(index: ItemIndex, shown: ShownItems, visible: number[]) {
  const starts = visible.map((i) => at(index.starts, i));
  const ends = visible.map((i) => at(index.ends, i));
  expect(shown.count).toBe(visible.length);
  expect([...shown.order].sort((a, b) => a - b)).toEqual(visible);
  const orderStarts = [...shown.order].map((i) => at(index.starts, i));
  expect(orderStarts).toEqual([...starts].sort((a, b) => a - b));
  index.startDays.forEach((day, j) =>
    expect(shown.startsBefore[j]).toBe(starts.filter((s) => s < day).length),
  );
  expect(shown.startsBefore[index.startDays.length]).toBe(visible.length);
  index.endDays.forEach((day, j) =>
    expect(shown.endsBefore[j]).toBe(ends.filter((e) => e < day).length),
  );
  for (let i = 0; i < index.starts.length; i++) {
    expect(shown.mask[i]).toBe(visible.includes(i) ? 1 : 0);
  }
  if (visible.length > 0) {
    expect(shown.firstDay).toBe(Math.min(...starts));
    expect(shown.pastDay).toBe(Math.max(...ends));
  }
  expect(massBetween(shown.density, -1, 1000)).toBeCloseTo(visible.length, 9);
}

describe('the shown items', () => {
  it('are those listed, in start order, counted per distinct day, whatever order they come in', () => {
    fc.assert(
      fc.property(randomItems, fc.boolean(), fc.boolean(), (spans, sorted, reversed) => {
        const { index, visible } = indexOf(spans, sorted);
        const listed = reversed ? [...visible].reverse() : visible;
        expectShown(index, selectShown(index, Int32Array.from(listed)), visible);
      }),
    );
  });

  it('are every item when none is left out, made once per index', () => {
    const { index } = indexOf(
      [
        [5, 0, true],
        [3, 10, true],
        [4, 2, true],
      ],
      false,
    );
    const all = selectShown(index, null);
    expectShown(index, all, [0, 1, 2]);
    expect([...all.order]).toEqual([1, 2, 0]);
    expect(selectShown(index, Int32Array.of(0, 1, 2))).toBe(all);
  });

  it('are none when none is listed', () => {
    const { index } = indexOf([[5, 0, true]], false);
    const none = selectShown(index, new Int32Array(0));
    expectShown(index, none, []);
    expect([none.firstDay, none.pastDay]).toEqual([0, 0]);
  });
});
