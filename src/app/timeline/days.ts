/**
 * Day numbers (days since 1970-01-01, UTC) for the timeline, and calendar fields read from them.
 * ISO days repeat a lot across events (thousands of events share a few thousand days), so parsing
 * is memoised per string: a filter update re-reads 100,000 items through a hash lookup each.
 */
import { dayFromNumber, dayNumber } from '../../shared/dateRange.ts';

const parsed = new Map<string, number>();

/** The day number of a valid ISO day, memoised. */
export function dayOf(iso: string): number {
  let day = parsed.get(iso);
  if (day === undefined) {
    day = dayNumber(iso);
    if (!Number.isFinite(day)) throw new Error(`Unexpected ISO day: "${iso}".`);
    parsed.set(iso, day);
  }
  return day;
}

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

/** The day number of the first day of a month; months past 11 roll into later years. */
export function dayOfMonthStart(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 1);
  return Math.round(d.getTime() / 86_400_000);
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
