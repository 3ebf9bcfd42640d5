/**
 * Questions about the items shown in a window of days, answered by binary search on the sorted
 * arrays of the shown items: how many, which ones, which one is under the pointer.
 */
import type { ShownItems } from './shownItems.ts';

/** The first position in `sorted` whose value is >= `value` (sorted.length if none). */
export function lowerBound(
  sorted: Int32Array,
  value: number,
  from = 0,
  to = sorted.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in `sorted` whose value is > `value` (sorted.length if none). */
export function upperBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many shown items start before `day`: also the position in `shown.order` of the next. */
function startingBefore(shown: ShownItems, day: number): number {
  return shown.startsBefore[lowerBound(shown.index.startDays, day)] as number;
}

/**
 * How many shown items overlap [from, to): those starting before `to`, less those ended by
 * `from`.
 */
export function countInWindow(shown: ShownItems, from: number, to: number): number {
  const ended = shown.endsBefore[upperBound(shown.index.endDays, from)] as number;
  return startingBefore(shown, to) - ended;
}

/** The range of positions in `shown.order` worth scanning for items overlapping [from, to). */
export function scanRange(shown: ShownItems, from: number, to: number): [number, number] {
  return [startingBefore(shown, from - shown.index.maxLength), startingBefore(shown, to)];
}

/** Indexes of the shown items overlapping [from, to), in start order. */
export function itemsInWindow(shown: ShownItems, from: number, to: number): number[] {
  const [first, past] = scanRange(shown, from, to);
  const { order } = shown;
  const { ends } = shown.index;
  const out: number[] = [];
  for (let k = first; k < past; k++) {
    const i = order[k] as number;
    if ((ends[i] as number) > from) out.push(i);
  }
  return out;
}

/**
 * The shown item of `lane` nearest to `day`, within `toleranceDays` of its span, or -1. Ties go
 * to the shorter item: a day-point on top of a year bar is the one the user aims at.
 */
export function itemAt(
  shown: ShownItems,
  lane: number,
  day: number,
  toleranceDays: number,
): number {
  const { index, mask } = shown;
  if (lane < 0 || lane >= index.laneCount) return -1;
  // lanes are fixed for the item set, so are their groups: hidden items are skipped in the scan
  const groups = index.laneGroups();
  const first = groups.offsets[lane] as number;
  const past = groups.offsets[lane + 1] as number;
  const laneItems = groups.items;
  const { starts, ends } = index;
  const earliest = day - toleranceDays - (groups.maxLength[lane] as number);
  let best = -1;
  let bestDistance = Infinity;
  let bestLength = Infinity;
  // binary search for the last item starting near `day` (lane groups are in start order), then
  // scan back as far as the lane's longest item could reach
  let lo = first;
  let hi = past;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[laneItems[mid] as number] as number) <= day + toleranceDays) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= first; k--) {
    const i = laneItems[k] as number;
    const start = starts[i] as number;
    if (start < earliest) break;
    if (mask[i] === 0) continue;
    const end = ends[i] as number;
    const distance = day < start ? start - day : day >= end ? day - end : 0;
    if (distance > toleranceDays) continue;
    const length = end - start;
    if (distance < bestDistance || (distance === bestDistance && length < bestLength)) {
      best = i;
      bestDistance = distance;
      bestLength = length;
    }
  }
  return best;
}
