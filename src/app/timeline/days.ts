/**
 * Day numbers (days since 1970-01-01, UTC) for the timeline, and calendar fields read from them.
 * A filter update re-reads every item's two ISO days, so parsing is plain arithmetic on char
 * codes: no Date, no regex, no allocation.
 */
import { dayFromNumber, dayNumber, daysFromCivil } from '../../shared/dateRange.ts';

/** The day number of an ISO day "YYYY-MM-DD" (the shared `dayNumber`, named for the timeline). */
export const dayOf = dayNumber;

/** The ISO day holding a (possibly fractional) day number. */
export function isoOf(day: number): string {
  return dayFromNumber(Math.floor(day));
}

export interface CivilDate {
  year: number;
  /** 0-11, as Date counts months. */
  month: number;
  /** 1-31. */
  date: number;
}

export function civilOf(day: number): CivilDate {
  const d = new Date(Math.floor(day) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

/** The day number of the first day of a month (0-11); months past 11 roll into later years. */
export function dayOfMonthStart(year: number, month: number): number {
  const carry = Math.floor(month / 12);
  return daysFromCivil(year + carry, month - carry * 12 + 1, 1);
}

/**
 * A local-time Date showing the same calendar day, for date-fns `format` (which reads local
 * fields): without it a user west of UTC would see every label one day early.
 */
export function localDateOf(day: number): Date {
  const { year, month, date } = civilOf(day);
  const local = new Date(2000, 0, 1);
  local.setFullYear(year, month, date);
  return local;
}
