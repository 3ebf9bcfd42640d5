import { describe, expect, it } from 'vitest';
import { itemShape } from './drawPlot.ts';
import { hitTest } from './hitTest.ts';
import { buildItemIndex } from './itemIndex.ts';
import { LAYOUT } from './layout.ts';
import { selectShown } from './shownItems.ts';
import { dayOf } from './days.ts';
import { FIXTURE } from './testItems.ts';

const index = buildItemIndex(FIXTURE, LAYOUT.laneCount);
const all = selectShown(index, null);
const view = { start: dayOf('2014-05-01'), end: dayOf('2015-04-01') };
const width = 900;

describe('hit-testing by pixels', () => {
  it('finds each item at the centre of its drawn shape', () => {
    for (let i = 0; i < FIXTURE.length; i++) {
      const shape = itemShape(index, view, width, i);
      const x = shape.point ? shape.cx : Math.min(shape.x1, width) - 2;
      expect(hitTest(all, view, width, x, shape.cy)).toBe(i);
    }
  });

  it('forgives a near miss of a dot by a few pixels, not more', () => {
    const truce = index.indexOf('truce');
    const shape = itemShape(index, view, width, truce);
    expect(hitTest(all, view, width, shape.cx + LAYOUT.pointRadius + 2, shape.cy)).toBe(truce);
    expect(hitTest(all, view, width, shape.cx + 20, shape.cy)).toBe(-1);
  });

  it('finds nothing above or below the lanes', () => {
    const shape = itemShape(index, view, width, 0);
    expect(hitTest(all, view, width, shape.cx, LAYOUT.lanesTop - 5)).toBe(-1);
    expect(hitTest(all, view, width, shape.cx, LAYOUT.axisTop + 5)).toBe(-1);
  });

  it('finds only the items that show', () => {
    const truce = index.indexOf('truce');
    const year = index.indexOf('year');
    const onlyYear = selectShown(index, Int32Array.of(year));
    const shape = itemShape(index, view, width, truce);
    expect(hitTest(onlyYear, view, width, shape.cx, shape.cy)).toBe(-1);
    const yearShape = itemShape(index, view, width, year);
    expect(hitTest(onlyYear, view, width, yearShape.x0 + 5, yearShape.cy)).toBe(year);
  });
});
