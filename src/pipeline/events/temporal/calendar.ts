/**
 * Calendar-day arithmetic on ISO days ("2017-09-12") with date-fns.
 *
 * Days are built as local midnights and formatted back in local time, so the result does not
 * depend on the machine's time zone (no instant ever crosses a UTC boundary).
 */
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfMonth,
  endOfWeek,
  endOfYear,
  format,
  getDay,
  startOfMonth,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import type { CalendarUnit } from './types.ts';

/** Weeks start on Monday, as in ISO 8601 and in most of the places the seeds report on. */
const WEEK = { weekStartsOn: 1 } as const;

export function toDate(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) {
    throw new Error(`Unexpected ISO day "${isoDay}".`);
  }
  return new Date(y, m - 1, d);
}

export function toIsoDay(date: Date): string {
  const year = date.getFullYear();
  // date-fns's format is general and was a tenth of the events stage; this is the same text for
  // years 1-9999, and format still handles (or throws on) anything else.
  if (!(year >= 1 && year <= 9999)) return format(date, 'yyyy-MM-dd');
  return `${String(year).padStart(4, '0')}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDay(year: number, month: number, day: number): string {
  return toIsoDay(new Date(year, month - 1, day));
}

export function lastDayOfMonth(year: number, month: number): string {
  return toIsoDay(endOfMonth(new Date(year, month - 1, 1)));
}

export function shift(date: Date, unit: CalendarUnit, amount: number): Date {
  switch (unit) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addWeeks(date, amount);
    case 'month':
      return addMonths(date, amount);
    case 'year':
      return addYears(date, amount);
  }
}

export function startOfUnit(date: Date, unit: Exclude<CalendarUnit, 'day'>): Date {
  if (unit === 'week') return startOfWeek(date, WEEK);
  return unit === 'month' ? startOfMonth(date) : startOfYear(date);
}

export function endOfUnit(date: Date, unit: Exclude<CalendarUnit, 'day'>): Date {
  if (unit === 'week') return endOfWeek(date, WEEK);
  return unit === 'month' ? endOfMonth(date) : endOfYear(date);
}

/** 0 = Sunday ... 6 = Saturday, as chrono reports weekdays. */
export function weekdayOf(isoDayString: string): number {
  return getDay(toDate(isoDayString));
}
