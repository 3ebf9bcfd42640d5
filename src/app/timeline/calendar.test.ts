import { describe, expect, it } from 'vitest';
import { addMonths, boundaries, finestFitting, floorTo, nextStart } from './calendar.ts';
import { dayOf, isoOf } from './days.ts';

const iso = (days: number[]) => days.map(isoOf);

describe('calendar intervals', () => {
  it('align weeks to Mondays, months to the 1st, years to multiples of the step', () => {
    expect(isoOf(floorTo(dayOf('2014-07-03'), { unit: 'week', step: 1 }))).toBe('2014-06-30');
    expect(isoOf(floorTo(dayOf('2014-08-17'), { unit: 'month', step: 3 }))).toBe('2014-07-01');
    expect(isoOf(floorTo(dayOf('2014-08-17'), { unit: 'year', step: 5 }))).toBe('2010-01-01');
    expect(isoOf(floorTo(dayOf('1969-12-31') + 0.5, { unit: 'day', step: 2 }))).toBe('1969-12-30');
  });

  it('step to the next start across month lengths and leap years', () => {
    expect(isoOf(nextStart(dayOf('2016-01-01'), { unit: 'month', step: 1 }))).toBe('2016-02-01');
    expect(isoOf(nextStart(dayOf('2016-02-01'), { unit: 'month', step: 1 }))).toBe('2016-03-01');
    expect(isoOf(nextStart(dayOf('2016-01-01'), { unit: 'year', step: 1 }))).toBe('2017-01-01');
  });

  it('cover a window with boundaries from before it to past it', () => {
    const quarters = boundaries(dayOf('2014-02-10'), dayOf('2014-08-01'), {
      unit: 'month',
      step: 3,
    });
    expect(iso(quarters)).toEqual(['2014-01-01', '2014-04-01', '2014-07-01', '2014-10-01']);
  });

  it('pick the finest interval wide enough in pixels', () => {
    const candidates = [
      { unit: 'day', step: 1 },
      { unit: 'month', step: 1 },
      { unit: 'year', step: 1 },
    ] as const;
    expect(finestFitting(candidates, 10, 5)).toEqual({ unit: 'day', step: 1 });
    expect(finestFitting(candidates, 1, 20)).toEqual({ unit: 'month', step: 1 });
    expect(finestFitting(candidates, 0.001, 20)).toEqual({ unit: 'year', step: 1 });
  });

  it('add months keeping the day of the month where it exists', () => {
    expect(isoOf(addMonths(dayOf('2016-01-31'), 1))).toBe('2016-02-29');
    expect(isoOf(addMonths(dayOf('2016-03-15'), -3))).toBe('2015-12-15');
  });
});
