/**
 * Questions about the items in a window of days, answered by binary search on the sorted arrays
 * of the item index: how many, which ones, which one is under the pointer.
 */
import type { ItemIndex } from './itemIndex.ts';

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

/** How many items overlap [from, to): those starting before `to`, less those ended by `from`. */
export function countInWindow(index: ItemIndex, from: number, to: number): number {
  return lowerBound(index.byStart, to) - upperBound(index.sortedEnds, from);
}

/** The range of start-order positions worth scanning for items overlapping [from, to). */
export function scanRange(index: ItemIndex, from: number, to: number): [number, number] {
  return [lowerBound(index.byStart, from - index.maxLength), lowerBound(index.byStart, to)];
}

/** Item indexes overlapping [from, to), in start order. */
export function itemsInWindow(index: ItemIndex, from: number, to: number): number[] {
  const [first, past] = scanRange(index, from, to);
  const out: number[] = [];
  for (let k = first; k < past; k++) {
    const i = index.order[k] as number;
    if ((index.ends[i] as number) > from) out.push(i);
  }
  return out;
}

/**
 * The item of `lane` nearest to `day`, within `toleranceDays` of its span, or -1. Ties go to the
 * shorter item: a day-point on top of a year bar is the one the user aims at.
 */
export function itemAt(index: ItemIndex, lane: number, day: number, toleranceDays: number): number {
  if (lane < 0 || lane >= index.laneCount) return -1;
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
