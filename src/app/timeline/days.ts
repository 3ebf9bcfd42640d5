/**
 * Day numbers (days since 1970-01-01, UTC) for the timeline, and calendar fields read from them.
 * A filter update re-reads every item's two ISO days, so parsing is plain arithmetic on char
 * codes: no Date, no regex, no allocation.
 */
import { dayFromNumber } from '../../shared/dateRange.ts';

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12); Hinnant's days_from_civil. */
export function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// month starts of 1900-2099 by table: most news dates fall there, and a lookup beats the formula
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 200;
const monthStarts = new Int32Array(TABLE_YEARS * 12);
for (let m = 0; m < monthStarts.length; m++) {
  monthStarts[m] = daysFromCivil(TABLE_FIRST_YEAR + Math.floor(m / 12), (m % 12) + 1, 1);
}

/**
 * The day number of an ISO day "YYYY-MM-DD". Checks the shape, not the calendar: the corpus
 * schema validated the day already ("2019-02-30" reads as 2 March).
 */
export function dayOf(iso: string): number {
  const year =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    (iso.charCodeAt(3) - 48);
  const month = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const date = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  // NaN (a short string) fails every comparison
  if (!(iso.length === 10 && year >= 0 && month >= 1 && month <= 12 && date >= 1 && date <= 31)) {
    throw new Error(`Unexpected ISO day: "${iso}".`);
  }
  const row = year - TABLE_FIRST_YEAR;
  if (row >= 0 && row < TABLE_YEARS)
    return (monthStarts[row * 12 + month - 1] as number) + date - 1;
  return daysFromCivil(year, month, date);
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
