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
