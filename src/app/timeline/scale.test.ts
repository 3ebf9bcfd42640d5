import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampView,
  dayOfX,
  fullView,
  panBy,
  viewLimitsFor,
  viewShowing,
  xOfDay,
  zoomAround,
} from './scale.ts';

const limits = viewLimitsFor(0, 999); // a 1,000-day domain, padded by 20 days each side

describe('the view scale', () => {
  it('starts at the domain padded a little', () => {
    expect(fullView(limits)).toEqual({ start: -20, end: 1020 });
  });

  it('maps days to x and back', () => {
    const view = { start: 100, end: 300 };
    expect(xOfDay(view, 800, 200)).toBe(400);
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => {
        expect(xOfDay(view, 800, dayOfX(view, 800, x))).toBeCloseTo(x, 6);
      }),
    );
  });

  it('zooms around the anchor, which stays at the same x', () => {
    const view = { start: 100, end: 300 };
    const zoomed = zoomAround(view, 0.5, 150, limits);
    expect(zoomed.end - zoomed.start).toBe(100);
    expect(xOfDay(zoomed, 800, 150)).toBeCloseTo(xOfDay(view, 800, 150), 9);
  });

  it('stops zooming in at a few days and out at the padded domain', () => {
    const tiny = zoomAround({ start: 100, end: 300 }, 1e-6, 200, limits);
    expect(tiny.end - tiny.start).toBe(limits.minSpan);
    expect(zoomAround({ start: 100, end: 300 }, 1e6, 200, limits)).toEqual(fullView(limits));
  });

  it('pans but never past the padded domain', () => {
    expect(panBy({ start: 100, end: 300 }, 50, limits)).toEqual({ start: 150, end: 350 });
    expect(panBy({ start: 100, end: 300 }, -500, limits)).toEqual({ start: -20, end: 180 });
    expect(clampView({ start: 900, end: 1100 }, limits)).toEqual({ start: 820, end: 1020 });
  });

  it('moves to show an item only when it is out of view, zooming out if it cannot fit', () => {
    const view = { start: 100, end: 300 };
    expect(viewShowing(view, 150, 151, limits)).toBe(view);
    expect(viewShowing(view, 0, 101, limits)).toBe(view);
    expect(viewShowing(view, 0, 100, limits)).not.toBe(view);
    expect(viewShowing(view, 700, 701, limits)).toEqual({ start: 600.5, end: 800.5 });
    const wide = viewShowing(view, 400, 765, limits);
    expect(wide.start).toBeLessThanOrEqual(400);
    expect(wide.end).toBeGreaterThanOrEqual(765);
  });

  it('gives a one-day domain room to show its day', () => {
    const single = viewLimitsFor(10, 10);
    expect(single.max - single.min).toBeGreaterThanOrEqual(single.minSpan);
  });
});
