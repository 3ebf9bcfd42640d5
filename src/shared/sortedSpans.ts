/**
 * Binary searches over spans sorted by start (or, for non-overlapping spans, by end): where the
 * pipeline's events stage and the app's index look up the mentions or expressions near an offset
 * without scanning from the start of the list.
 */

/** The index of the first span starting at or after `offset` (spans sorted by start). */
export function firstStartingAtOrAfter(spans: readonly { start: number }[], offset: number) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first span ending after `offset` (spans sorted and not overlapping). */
export function firstEndingAfter(spans: readonly { end: number }[], offset: number) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid]?.end ?? Infinity) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
