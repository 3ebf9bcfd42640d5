/**
 * Calendar intervals (2 days, a week, a quarter, a decade...) aligned to the calendar, for axis
 * ticks and density bins: a month bin starts on the 1st, a week bin on a Monday.
 */
import { civilOf, dayOfMonthStart } from './days.ts';

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

export interface Interval {
  unit: CalendarUnit;
  step: number;
}

/** Day 4 (1970-01-05) was a Monday. */
const FIRST_MONDAY = 4;

const UNIT_DAYS: Record<CalendarUnit, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/** The interval's typical length in days, for choosing one that fits the pixels. */
export function approxDays(interval: Interval): number {
  return UNIT_DAYS[interval.unit] * interval.step;
}

/** The start of the interval that holds `day`. */
export function floorTo(day: number, { unit, step }: Interval): number {
  const whole = Math.floor(day);
  switch (unit) {
    case 'day':
      return Math.floor(whole / step) * step;
    case 'week': {
      const length = 7 * step;
      return Math.floor((whole - FIRST_MONDAY) / length) * length + FIRST_MONDAY;
    }
    case 'month': {
      const { year, month } = civilOf(whole);
      const index = Math.floor((year * 12 + month) / step) * step;
      return dayOfMonthStart(Math.floor(index / 12), index % 12);
    }
    case 'year': {
      const { year } = civilOf(whole);
      return dayOfMonthStart(Math.floor(year / step) * step, 0);
    }
  }
}

/** The start of the next interval after the one starting at `start` (an aligned day). */
export function nextStart(start: number, { unit, step }: Interval): number {
  switch (unit) {
    case 'day':
      return start + step;
    case 'week':
      return start + 7 * step;
    case 'month': {
      const { year, month } = civilOf(start);
      return dayOfMonthStart(year, month + step);
    }
    case 'year': {
      const { year } = civilOf(start);
      return dayOfMonthStart(year + step, 0);
    }
  }
}

/** Aligned interval starts from the one holding `from` up to the first at or past `to`. */
export function boundaries(from: number, to: number, interval: Interval): number[] {
  const out: number[] = [];
  let day = floorTo(from, interval);
  out.push(day);
  while (day < to) {
    day = nextStart(day, interval);
    out.push(day);
  }
  return out;
}

/** The finest interval of `candidates` (finest first) at least `minPx` wide at this zoom. */
export function finestFitting(
  candidates: readonly Interval[],
  pxPerDay: number,
  minPx: number,
): Interval {
  for (const interval of candidates) {
    if (approxDays(interval) * pxPerDay >= minPx) return interval;
  }
  const coarsest = candidates[candidates.length - 1];
  if (!coarsest) throw new Error('No candidate intervals.');
  return coarsest;
}

/** The same day of the month `months` later (or earlier), clamped to that month's last day. */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = civilOf(day);
  const first = dayOfMonthStart(year, month + months);
  const length = dayOfMonthStart(year, month + months + 1) - first;
  return first + Math.min(date, length) - 1;
}
