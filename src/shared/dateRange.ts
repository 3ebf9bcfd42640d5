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

/**
 * Days since 1970-01-01 for a valid ISO day: a compact integer for typed-array indexes.
 * Call only with values that passed `isIsoDay` (or the corpus schema).
 */
export function dayNumber(day: string): number {
  // Digits by char code, not slices: the app reads 200,000 of these on load.
  const digit = (i: number) => day.charCodeAt(i) - 48;
  const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
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
