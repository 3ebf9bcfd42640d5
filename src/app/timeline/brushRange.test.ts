import { describe, expect, it } from 'vitest';
import { between, keyTarget, moveEnd, shift } from './brushRange.ts';
import { dayOf } from './days.ts';

const bounds = { first: 0, last: 100 };

describe('brush range', () => {
  it('covers the days between two boundaries in either order, at least one day', () => {
    expect(between(10, 20, bounds)).toEqual({ first: 10, last: 19 });
    expect(between(20, 10, bounds)).toEqual({ first: 10, last: 19 });
    expect(between(10, 10, bounds)).toEqual({ first: 10, last: 10 });
    expect(between(-50, 500, bounds)).toEqual({ first: 0, last: 100 });
  });

  it('moves one end, never past the other or out of bounds', () => {
    expect(moveEnd({ first: 10, last: 20 }, 'start', 15, bounds)).toEqual({ first: 15, last: 20 });
    expect(moveEnd({ first: 10, last: 20 }, 'start', 25, bounds)).toEqual({ first: 20, last: 20 });
    expect(moveEnd({ first: 10, last: 20 }, 'end', 500, bounds)).toEqual({ first: 10, last: 100 });
  });

  it('slides keeping its length, stopping at the bounds', () => {
    expect(shift({ first: 10, last: 20 }, 5, bounds)).toEqual({ first: 15, last: 25 });
    expect(shift({ first: 10, last: 20 }, 500, bounds)).toEqual({ first: 90, last: 100 });
    expect(shift({ first: 10, last: 20 }, -500, bounds)).toEqual({ first: 0, last: 10 });
  });

  it('maps slider keys to a day, a month with Shift, or the bounds', () => {
    const day = dayOf('2016-01-31');
    expect(keyTarget('ArrowRight', false, day, bounds)).toBe(day + 1);
    expect(keyTarget('ArrowDown', false, day, bounds)).toBe(day - 1);
    expect(keyTarget('ArrowRight', true, day, bounds)).toBe(dayOf('2016-02-29'));
    expect(keyTarget('PageDown', false, day, bounds)).toBe(dayOf('2015-12-31'));
    expect(keyTarget('Home', false, day, bounds)).toBe(0);
    expect(keyTarget('End', false, day, bounds)).toBe(100);
    expect(keyTarget('a', false, day, bounds)).toBeNull();
  });
});
