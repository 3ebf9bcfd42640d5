/**
 * Calendar-day helpers on ISO "YYYY-MM-DD" strings, shared by the URL codec, the filters and the
 * timeline. ISO days sort as strings, so comparisons need no Date objects; only validation does.
 */

/** An inclusive range of ISO days. */
export interface DayRange {
  start: string;
  end: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar day written as YYYY-MM-DD ("2019-02-30" is not one). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Negative, zero or positive, like a sort comparator. */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether two inclusive ranges share at least one day. */
export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The day itself, or the nearest end of the range when it falls outside. */
export function clampDay(day: string, range: DayRange): string {
  if (day < range.start) return range.start;
  if (day > range.end) return range.end;
  return day;
}

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
 * Days since 1970-01-01 (UTC) of an ISO day "YYYY-MM-DD": a compact integer for typed-array
 * indexes. The app reads 200,000 of these on load, so it is plain arithmetic on char codes: no
 * Date (whose UTC constructor also reads years 0-99 as 1900-1999), no regex, no allocation.
 * Checks the shape, not the calendar: callers pass days the schema or `isIsoDay` accepted
 * ("2019-02-30" would read as 2 March). Throws on a string of another length, or a month or day
 * out of range.
 */
export function dayNumber(iso: string): number {
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
  if (row >= 0 && row < TABLE_YEARS) {
    return (monthStarts[row * 12 + month - 1] ?? 0) + date - 1;
  }
  return daysFromCivil(year, month, date);
}

/** The ISO day for a day number (inverse of `dayNumber`). */
export function dayFromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The smallest range covering every given range, or null for none. */
export function spanOf(ranges: Iterable<DayRange>): DayRange | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const r of ranges) {
    if (start === null || r.start < start) start = r.start;
    if (end === null || r.end > end) end = r.end;
  }
  return start !== null && end !== null ? { start, end } : null;
}
