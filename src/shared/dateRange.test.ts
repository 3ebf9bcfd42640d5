import { describe, expect, it } from 'vitest';
import {
  clampDay,
  compareDays,
  dayFromNumber,
  dayNumber,
  isIsoDay,
  rangesOverlap,
  spanOf,
} from './dateRange.ts';

describe('isIsoDay', () => {
  it('accepts real calendar days', () => {
    expect(isIsoDay('2019-02-15')).toBe(true);
    expect(isIsoDay('2016-02-29')).toBe(true);
  });
  it('rejects impossible days and other shapes', () => {
    for (const bad of [
      '2019-02-29',
      '2019-13-01',
      '2019-00-10',
      '2019-04-31',
      '2019-4-1',
      '',
      'junk',
      '2019-02-15T00:00',
    ]) {
      expect(isIsoDay(bad), bad).toBe(false);
    }
  });
});

describe('comparisons and ranges', () => {
  it('orders days chronologically', () => {
    expect(compareDays('2017-09-12', '2019-02-15')).toBeLessThan(0);
    expect(compareDays('2019-02-15', '2019-02-15')).toBe(0);
    expect(compareDays('2019-03-01', '2019-02-28')).toBeGreaterThan(0);
  });
  it('treats ranges as inclusive at both ends', () => {
    const august = { start: '2017-08-01', end: '2017-08-31' };
    expect(rangesOverlap(august, { start: '2017-08-31', end: '2017-09-14' })).toBe(true);
    expect(rangesOverlap(august, { start: '2017-09-01', end: '2017-09-14' })).toBe(false);
    expect(rangesOverlap({ start: '2014-01-01', end: '2019-12-31' }, august)).toBe(true);
  });
  it('clamps a day into a range', () => {
    const r = { start: '2014-12-01', end: '2015-01-31' };
    expect(clampDay('2014-01-01', r)).toBe('2014-12-01');
    expect(clampDay('2016-01-01', r)).toBe('2015-01-31');
    expect(clampDay('2015-01-02', r)).toBe('2015-01-02');
  });
  it('spans a set of ranges', () => {
    expect(
      spanOf([
        { start: '2019-02-13', end: '2019-03-10' },
        { start: '2017-09-12', end: '2017-09-14' },
      ]),
    ).toEqual({ start: '2017-09-12', end: '2019-03-10' });
    expect(spanOf([])).toBeNull();
  });
});

describe('day numbers', () => {
  it('count days from the epoch and invert exactly', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2019-03-01') - dayNumber('2019-02-28')).toBe(1);
    for (const day of ['1899-12-31', '2000-02-29', '2019-02-15']) {
      expect(dayFromNumber(dayNumber(day))).toBe(day);
    }
  });

  it('invert exactly on every day from year 1 to 9999, in and out of the fast table', () => {
    const wrong: string[] = [];
    for (let n = dayNumber('0001-01-01'); n <= dayNumber('9999-12-31'); n += 7) {
      const day = dayFromNumber(n);
      if (dayNumber(day) !== n) wrong.push(day);
    }
    expect(wrong).toEqual([]);
    // Date.UTC would read year 50 as 1950
    expect(dayNumber('0050-03-01')).toBeLessThan(dayNumber('1000-01-01'));
  });

  it('refuse a string that is not an ISO day', () => {
    for (const bad of ['2019-1-1', '2019-13-01', '2019-00-10', '2019-01-32', '']) {
      expect(() => dayNumber(bad)).toThrow(/Unexpected ISO day/);
    }
  });
});
