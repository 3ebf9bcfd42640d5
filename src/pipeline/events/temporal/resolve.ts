/**
 * Places a recognised temporal expression on the calendar: the interval it really means, never
 * more precise than the text.
 *
 * Publication is a range (we often know only "September 2017"), so every expression that is
 * relative to publication is resolved against both ends of the range and the hull is kept: the
 * date inherits the publication's width, and when the two readings disagree the precision
 * becomes 'range'.
 */
import type { DatePrecision, DateRange } from '../../../shared/corpus.ts';
import {
  endOfUnit,
  isoDay,
  lastDayOfMonth,
  shift,
  startOfUnit,
  toDate,
  toIsoDay,
  weekdayOf,
} from './calendar.ts';
import type { Part, TemporalExpression, TemporalValue } from './types.ts';

export interface ResolutionContext {
  /** The article's publication range (ISO days), or null when unknown. */
  published: { start: string; end: string } | null;
  /** The year the narrative is in ("I went to Syria some time in 2012."), for "the next year". */
  anchorYear: number | null;
}

interface Interval {
  start: string;
  end: string;
  precision: DatePrecision;
}

/** Thirds of a year: "early 2014" is January-April, "mid-2014" May-August, "late" the rest. */
const YEAR_PART_MONTHS: Record<Part, [number, number]> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
};

/** Thirds of a month: "late August" is the 21st to the last day. */
const MONTH_PART_DAYS: Record<Part, [number, number | 'last']> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 'last'],
};

function yearInterval(year: number, part: Part | null): Interval {
  if (part === null)
    return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), precision: 'year' };
  const [first, last] = YEAR_PART_MONTHS[part];
  return { start: isoDay(year, first, 1), end: lastDayOfMonth(year, last), precision: 'part-year' };
}

function monthInterval(year: number, month: number, part: Part | null): Interval {
  if (part === null) {
    return { start: isoDay(year, month, 1), end: lastDayOfMonth(year, month), precision: 'month' };
  }
  const [first, last] = MONTH_PART_DAYS[part];
  return {
    start: isoDay(year, month, first),
    end: last === 'last' ? lastDayOfMonth(year, month) : isoDay(year, month, last),
    precision: 'part-month',
  };
}

/** The year of the most recent `month` that had begun by `reference` ("in July", in September). */
function yearOfRecentMonth(month: number, reference: Date): number {
  const year = reference.getFullYear();
  return month <= reference.getMonth() + 1 ? year : year - 1;
}

/** The hull of the readings against each end of publication; 'range' when they disagree. */
function hull(readings: (Interval | null)[]): Interval | null {
  const [first, ...rest] = readings;
  if (!first || rest.some((r) => r === null)) return null;
  let { start, end } = first;
  let same = true;
  for (const r of rest as Interval[]) {
    if (r.start !== first.start || r.end !== first.end) same = false;
    if (r.start < start) start = r.start;
    if (r.end > end) end = r.end;
  }
  return { start, end, precision: same ? first.precision : 'range' };
}

/** Reads a publication-relative expression against one reference day. */
function readAgainst(value: TemporalValue, reference: Date, future: boolean): Interval | null {
  switch (value.kind) {
    case 'month':
      return monthInterval(yearOfRecentMonth(value.month, reference), value.month, null);
    case 'part-month':
      return monthInterval(yearOfRecentMonth(value.month, reference), value.month, value.part);
    case 'day': {
      const year = yearOfRecentMonth(value.month, reference);
      const sameMonthLater =
        value.month === reference.getMonth() + 1 && value.day > reference.getDate();
      const day = isoDay(sameMonthLater ? year - 1 : year, value.month, value.day);
      return { start: day, end: day, precision: 'day' };
    }
    case 'this-unit': {
      const [from, to] = future
        ? [reference, endOfUnit(reference, value.unit)]
        : [startOfUnit(reference, value.unit), reference];
      return { start: toIsoDay(from), end: toIsoDay(to), precision: 'range' };
    }
    case 'previous-unit':
    case 'next-unit': {
      const step = value.kind === 'next-unit' ? 1 : -1;
      const other = shift(reference, value.unit, step);
      return {
        start: toIsoDay(startOfUnit(other, value.unit)),
        end: toIsoDay(endOfUnit(other, value.unit)),
        precision: value.unit,
      };
    }
    case 'trailing':
      return {
        start: toIsoDay(shift(reference, value.unit, -value.count)),
        end: toIsoDay(reference),
        precision: 'range',
      };
    case 'coming':
      return {
        start: toIsoDay(reference),
        end: toIsoDay(shift(reference, value.unit, value.count)),
        precision: 'range',
      };
    default:
      return null;
  }
}

function resolveValue(
  value: TemporalValue,
  future: boolean,
  context: ResolutionContext,
): Interval | null {
  switch (value.kind) {
    case 'year':
      return yearInterval(value.year, null);
    case 'part-year':
      return yearInterval(value.year, value.part);
    case 'anchored-year':
      return context.anchorYear === null
        ? null
        : yearInterval(context.anchorYear + value.offset, value.part);
    case 'month':
    case 'part-month':
      if (value.year !== null) {
        return monthInterval(
          value.year,
          value.month,
          value.kind === 'part-month' ? value.part : null,
        );
      }
      break;
    case 'day':
      if (value.year !== null) {
        const day = isoDay(value.year, value.month, value.day);
        return { start: day, end: day, precision: 'day' };
      }
      break;
    default:
      break;
  }
  const published = context.published;
  if (!published) return null;
  const readings = [published.start, published.end].map((d) =>
    readAgainst(value, toDate(d), future),
  );
  const interval = hull(readings);
  // A day without a year is a date only when publication pins the year ("Wednesday,
  // December 25" in an article of December 2014 - January 2015 could be 2013 or 2014).
  if (value.kind === 'day' && interval?.precision !== 'day') return null;
  return interval;
}

/** The interval `expression` means, or null when nothing in the text or publication fixes it. */
export function resolveTemporalExpression(
  expression: TemporalExpression,
  context: ResolutionContext,
): DateRange | null {
  const interval = resolveValue(expression.value, expression.future, context);
  if (!interval) return null;
  const { value } = expression;
  // A weekday that contradicts the date means the text is not speaking of that day.
  if (
    value.kind === 'day' &&
    value.weekday !== null &&
    weekdayOf(interval.start) !== value.weekday
  ) {
    return null;
  }
  return { ...interval, text: expression.text };
}

/** The year an expression states outright, for anchoring "the next year" in later sentences. */
export function explicitYear(value: TemporalValue): number | null {
  switch (value.kind) {
    case 'year':
    case 'part-year':
      return value.year;
    case 'month':
    case 'part-month':
    case 'day':
      return value.year;
    default:
      return null;
  }
}
