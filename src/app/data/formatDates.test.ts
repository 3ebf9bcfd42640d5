import { describe, expect, it } from 'vitest';
import { formatDayRange } from './formatDates.ts';

describe('formatDayRange', () => {
  it('writes each precision as a person would', () => {
    expect(formatDayRange({ start: '2019-02-15', end: '2019-02-15', precision: 'day' })).toBe(
      '15 Feb 2019',
    );
    expect(formatDayRange({ start: '2017-07-01', end: '2017-07-31', precision: 'month' })).toBe(
      'Jul 2017',
    );
    expect(formatDayRange({ start: '2014-01-01', end: '2014-12-31', precision: 'year' })).toBe(
      '2014',
    );
    expect(formatDayRange({ start: '2019-02-15', end: '2019-03-31', precision: 'range' })).toBe(
      '15 Feb 2019 – 31 Mar 2019',
    );
  });
});

describe('formatDayRange, labels remembered per day', () => {
  it('gives each day its own label, past the bound of remembered days', () => {
    const direct = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    // 25,000 days (past the 20,000 remembered), twice over: the second pass reads remembered
    // labels for the later days and recomputes the earlier ones.
    const start = Date.UTC(1950, 0, 1);
    for (let pass = 0; pass < 2; pass++) {
      for (let d = 0; d < 25_000; d++) {
        const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
        expect(formatDayRange({ start: day, end: day })).toBe(direct.format(new Date(`${day}Z`)));
      }
    }
  });
});
