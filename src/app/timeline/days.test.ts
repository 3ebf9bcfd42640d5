import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilOf, dayOf, dayOfMonthStart, isoOf, localDateOf } from './days.ts';

describe('day numbers', () => {
  it('count days from 1970-01-01', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('1969-12-31')).toBe(-1);
    expect(dayOf('2014-07-01')).toBe(Date.UTC(2014, 6, 1) / 86_400_000);
  });

  it('agree with Date.UTC inside and outside the lookup table, and round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        expect(dayOf(isoOf(day))).toBe(day);
      }),
    );
  });

  it('reject text that is not shaped like an ISO day', () => {
    expect(() => dayOf('2014-7-01')).toThrow('Unexpected ISO day: "2014-7-01".');
    expect(() => dayOf('2014-13-01')).toThrow();
    expect(() => dayOf('')).toThrow();
  });

  it('read calendar fields, rolling months past December into the next year', () => {
    expect(civilOf(dayOf('2016-02-29'))).toEqual({ year: 2016, month: 1, date: 29 });
    expect(isoOf(dayOfMonthStart(2014, 12))).toBe('2015-01-01');
    expect(isoOf(dayOfMonthStart(2014, -1))).toBe('2013-12-01');
    expect(isoOf(dayOf('2014-03-05') + 0.7)).toBe('2014-03-05');
  });

  it('give a local Date on the same calendar day, whatever the time zone', () => {
    const local = localDateOf(dayOf('2014-03-05'));
    expect([local.getFullYear(), local.getMonth(), local.getDate()]).toEqual([2014, 2, 5]);
  });
});
