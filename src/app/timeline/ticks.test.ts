import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { MIN_TICK_SPACING_PX, ticksFor } from './ticks.ts';

const view = (from: string, to: string) => ({ start: dayOf(from), end: dayOf(to) });

describe('axis ticks', () => {
  it('label years when the view spans years', () => {
    const ticks = ticksFor(view('2012-01-01', '2020-01-01'), 1200);
    expect(ticks.map((t) => t.label).slice(0, 3)).toEqual(['Jan 2012', 'Jul 2012', 'Jan 2013']);
  });

  it('label years alone when months would crowd', () => {
    const ticks = ticksFor(view('2000-01-01', '2020-01-01'), 600);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('label days, naming the year on the first tick and in January', () => {
    const labels = ticksFor(view('2014-12-28', '2015-01-05'), 1200).map((t) => t.label);
    expect(labels[0]).toBe('28 Dec 2014');
    expect(labels).toContain('1 Jan 2015');
    expect(labels).toContain('30 Dec');
  });

  it('stay inside the view, in order, at least the minimum spacing apart', () => {
    for (const width of [390, 800, 1280]) {
      const ticks = ticksFor(view('2013-03-17', '2016-11-02'), width);
      expect(ticks.length).toBeGreaterThan(1);
      for (const [i, tick] of ticks.entries()) {
        expect(tick.x).toBeGreaterThanOrEqual(0);
        expect(tick.x).toBeLessThanOrEqual(width);
        const next = ticks[i + 1];
        if (next) expect(next.x - tick.x).toBeGreaterThanOrEqual(MIN_TICK_SPACING_PX * 0.9);
      }
    }
  });
});
