/**
 * The brush's range arithmetic, apart from its pointer and key handling: an inclusive range of
 * day numbers, kept inside the domain with start never after end.
 */
import { addMonths } from './calendar.ts';

export interface DaySpan {
  /** Inclusive day numbers. */
  first: number;
  last: number;
}

export type BrushPart = 'start' | 'end';

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}

/** The range with one end moved to `day`, not past the other end or out of bounds. */
export function moveEnd(range: DaySpan, part: BrushPart, day: number, bounds: DaySpan): DaySpan {
  return part === 'start'
    ? { first: clamp(day, bounds.first, range.last), last: range.last }
    : { first: range.first, last: clamp(day, range.first, bounds.last) };
}

/** The range slid by `days`, stopping at the bounds with its length kept. */
export function shift(range: DaySpan, days: number, bounds: DaySpan): DaySpan {
  const length = range.last - range.first;
  const first = clamp(
    range.first + days,
    bounds.first,
    Math.max(bounds.first, bounds.last - length),
  );
  return { first, last: first + length };
}

/**
 * The days between two day boundaries in either order (boundary b is where day b starts), at
 * least one day, inside the bounds: what a drag from one boundary to another covers.
 */
export function between(a: number, b: number, bounds: DaySpan): DaySpan {
  const first = clamp(Math.min(a, b), bounds.first, bounds.last);
  const last = clamp(Math.max(a, b) - 1, first, bounds.last);
  return { first, last };
}

/** Where a slider key takes one end of the range, or null for keys a slider ignores. */
export function keyTarget(
  key: string,
  shiftKey: boolean,
  day: number,
  bounds: DaySpan,
): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return shiftKey ? addMonths(day, -1) : day - 1;
    case 'ArrowRight':
    case 'ArrowUp':
      return shiftKey ? addMonths(day, 1) : day + 1;
    case 'PageDown':
      return addMonths(day, -1);
    case 'PageUp':
      return addMonths(day, 1);
    case 'Home':
      return bounds.first;
    case 'End':
      return bounds.last;
    default:
      return null;
  }
}
