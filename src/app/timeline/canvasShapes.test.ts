import { describe, expect, it } from 'vitest';
import { RUN_GAP, visibleShapes, type Basis } from './canvasShapes.ts';
import { dayOf, isoOf } from './days.ts';
import { buildItemIndex } from './itemIndex.ts';
import { LAYOUT } from './layout.ts';
import { item } from './testItems.ts';
import type { View } from './scale.ts';
import { selectShown } from './shownItems.ts';
import type { TimelineItem } from './types.ts';

interface Shape {
  kind: 'bar' | 'dot' | 'run';
  basis: Basis;
  x0: number;
  x1: number;
  lane: number;
}

function shapesOf(
  items: readonly TimelineItem[],
  view: View,
  width: number,
  visible: Int32Array | null = null,
): Shape[] {
  const shapes: Shape[] = [];
  const laneOf = (y: number) => (y - LAYOUT.lanesTop) / LAYOUT.laneHeight;
  const shown = selectShown(buildItemIndex(items, LAYOUT.laneCount), visible);
  visibleShapes(shown, view, width, {
    bar: (basis, x0, x1, y) => shapes.push({ kind: 'bar', basis, x0, x1, lane: laneOf(y) }),
    dot: (basis, cx, y) => shapes.push({ kind: 'dot', basis, x0: cx, x1: cx, lane: laneOf(y) }),
    run: (basis, cx0, cx1, y) =>
      shapes.push({ kind: 'run', basis, x0: cx0, x1: cx1, lane: laneOf(y) }),
  });
  return shapes;
}

const year2014 = { start: dayOf('2014-01-01'), end: dayOf('2015-01-01') };

describe('canvas shapes', () => {
  it('paints one dot for many events on one day, per lane and basis', () => {
    const items = Array.from({ length: 5000 }, (_, i) =>
      item(String(i), '2014-05-05', '2014-05-05', i % 2 ? 'published' : 'text'),
    );
    const shapes = shapesOf(items, year2014, 800);
    expect(shapes.length).toBeLessThanOrEqual(LAYOUT.laneCount * 2);
    expect(new Set(shapes.map((s) => s.basis))).toEqual(new Set([0, 1]));
  });

  it('leaves no event in view without a shape within a few pixels, in its lane', () => {
    const items = Array.from({ length: 3000 }, (_, i) => {
      const start = dayOf('2013-12-01') + ((i * 37) % 420);
      return item(String(i), isoOf(start), isoOf(start + (i % 3 ? 0 : i % 40)));
    });
    const view = year2014;
    const width = 600;
    const index = buildItemIndex(items, LAYOUT.laneCount);
    const shapes = shapesOf(items, view, width);
    const pxPerDay = width / (view.end - view.start);
    for (let i = 0; i < items.length; i++) {
      const start = index.starts[i] as number;
      const end = index.ends[i] as number;
      if (end <= view.start || start >= view.end) continue;
      const x0 = (start - view.start) * pxPerDay;
      const x1 = (end - view.start) * pxPerDay;
      const lane = index.lanes[i] as number;
      const point = end - start === 1;
      const centre = (x0 + x1) / 2;
      // a dot's centre lies within half a radius of a dot, or inside a run's first and last
      const covered = shapes.some((s) =>
        s.lane !== lane || (s.kind === 'bar') === point
          ? false
          : point
            ? s.x0 - LAYOUT.pointRadius / 2 <= centre && centre <= s.x1 + LAYOUT.pointRadius / 2
            : s.x0 <= Math.max(x1, x0 + 2) && s.x1 >= x0,
      );
      expect(covered, `item ${i} from ${isoOf(start)}`).toBe(true);
    }
    expect(shapes.length).toBeLessThan(items.length / 2);
  });

  it('joins dots closer than a radius into runs, and only those', () => {
    // 2014: 365 days on 730 px, a day every 2 px; the text-dated days (lane 0 here) come as
    // stretches of consecutive days with gaps of a week between them
    const days = [0, 1, 2, 3, 10, 11, 20, 30, 31, 32].map((d) => isoOf(dayOf('2014-03-01') + d));
    const shapes = shapesOf(
      days.map((day, i) => item(String(i), day)),
      year2014,
      730,
    ).sort((a, b) => a.x0 - b.x0);
    const px = (d: number) => (dayOf('2014-03-01') + d - year2014.start) * 2 + 1;
    expect(shapes.map((s) => [s.kind, s.x0, s.x1])).toEqual([
      ['run', px(0), px(3)],
      ['run', px(10), px(11)],
      ['dot', px(20), px(20)],
      ['run', px(30), px(32)],
    ]);
    // the premises: a day apart (2 px) joins a run, a week apart (14 px) does not
    expect(2).toBeLessThanOrEqual(RUN_GAP);
    expect(14).toBeGreaterThan(RUN_GAP);
  });

  it('paints only the items that show', () => {
    const items = [
      item('hidden', '2014-05-05'),
      item('shown', '2014-06-01', '2014-06-30'),
      item('also hidden', '2014-06-10', '2014-06-10', 'published'),
    ];
    const shapes = shapesOf(items, year2014, 800, Int32Array.of(1));
    expect(shapes).toHaveLength(1);
    expect(shapes[0]).toMatchObject({ kind: 'bar', basis: 0 });
    expect(shapesOf(items, year2014, 800, new Int32Array(0))).toEqual([]);
  });

  it('paints nothing for events outside the view', () => {
    const items = [item('before', '2013-05-05'), item('after', '2015-05-05', '2015-06-01')];
    expect(shapesOf(items, year2014, 800)).toEqual([]);
  });
});
