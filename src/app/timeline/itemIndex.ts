/**
 * The items as typed arrays, built once per `items` array (once per corpus, in the app): day
 * numbers, start order, lanes, each item's density cells. A filter change then only picks which
 * of them show (shownItems.ts), and a view change (zoom, pan, resize) reads both without
 * allocating per item.
 */
import { densityCells, type DensityCells } from './density.ts';
import { dayOf } from './days.ts';
import { assignLanes, groupByLane, type LaneGroups } from './lanes.ts';
import type { TimelineItem } from './types.ts';

export interface ItemIndex {
  items: readonly TimelineItem[];
  /** Per item index: first day and the day after the last (exclusive end). */
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where the item is dated only by its article's publication. */
  published: Uint8Array;
  /** Per item, fixed for the item set: a filter change never moves an item to another lane. */
  lanes: Uint8Array;
  laneCount: number;
  /** Item indexes sorted by start. */
  order: Uint32Array;
  /**
   * The distinct start days and end days, ascending, and each item's place among them: a filter
   * change counts the shown items per distinct day, so a window's count is two lookups.
   */
  startDays: Int32Array;
  startSlot: Int32Array;
  endDays: Int32Array;
  endSlot: Int32Array;
  /** The longest item, in days. */
  maxLength: number;
  /** The smallest start and the largest (exclusive) end; 0 and 0 for no items. */
  firstDay: number;
  pastDay: number;
  cells: DensityCells;
  /** Built on first use, as a filter change does not need it: the pointer does. */
  laneGroups: () => LaneGroups;
  /** The item index of an id, or -1. */
  indexOf: (id: string) => number;
}

const MAX_SCANS = 8;

/** Item indexes in ascending order of `keys`: a counting sort, keys being a few thousand days. */
export function sortedOrder(keys: Int32Array): Uint32Array {
  const n = keys.length;
  const order = new Uint32Array(n);
  if (n === 0) return order;
  // Items usually come in date order already (the shell's are): then the order is the identity.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = (keys[i - 1] as number) <= (keys[i] as number);
  if (sorted) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, keys[i] as number);
    max = Math.max(max, keys[i] as number);
  }
  const range = max - min + 1;
  if (range > 4 * n + 100_000) {
    // keys too spread for counting: fall back to a comparison sort
    const plain = Array.from({ length: n }, (_, i) => i);
    plain.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
    order.set(plain);
    return order;
  }
  const slots = new Uint32Array(range + 1);
  for (let i = 0; i < n; i++) {
    const slot = (keys[i] as number) - min + 1;
    slots[slot] = (slots[slot] as number) + 1;
  }
  for (let k = 1; k <= range; k++) slots[k] = (slots[k] as number) + (slots[k - 1] as number);
  for (let i = 0; i < n; i++) {
    const slot = (keys[i] as number) - min;
    const position = slots[slot] as number;
    order[position] = i;
    slots[slot] = position + 1;
  }
  return order;
}

/** The distinct values of `days`, ascending, and each one's position among them. */
function distinctDays(days: Int32Array, order: Uint32Array): [Int32Array, Int32Array] {
  const slots = new Int32Array(days.length);
  const distinct: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const day = days[i] as number;
    if (distinct.length === 0 || distinct[distinct.length - 1] !== day) distinct.push(day);
    slots[i] = distinct.length - 1;
  }
  return [Int32Array.from(distinct), slots];
}

export function buildItemIndex(items: readonly TimelineItem[], laneCount: number): ItemIndex {
  const n = items.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const published = new Uint8Array(n);
  let maxLength = 1;
  let firstDay = n > 0 ? Infinity : 0;
  let pastDay = n > 0 ? -Infinity : 0;
  for (let i = 0; i < n; i++) {
    const item = items[i] as TimelineItem;
    const start = item.startDay ?? dayOf(item.start);
    const end = Math.max(start, item.endDay ?? dayOf(item.end)) + 1;
    starts[i] = start;
    ends[i] = end;
    published[i] = item.basis === 'published' ? 1 : 0;
    if (end - start > maxLength) maxLength = end - start;
    if (start < firstDay) firstDay = start;
    if (end > pastDay) pastDay = end;
  }
  const order = sortedOrder(starts);
  const lanes = assignLanes(order, starts, ends, laneCount);
  const [startDays, startSlot] = distinctDays(starts, order);
  const [endDays, endSlot] = distinctDays(ends, sortedOrder(ends));

  let groups: LaneGroups | null = null;
  const laneGroups = () => (groups ??= groupByLane(order, lanes, starts, ends, laneCount));

  // The first lookups (the selection) scan: a map of 100,000 ids costs more than a few scans, and
  // is built only once lookups add up (hover highlights look up many ids).
  let ids: Map<string, number> | null = null;
  let scans = 0;
  const indexOf = (id: string): number => {
    if (ids === null && ++scans <= MAX_SCANS) {
      for (let i = 0; i < n; i++) if ((items[i] as TimelineItem).id === id) return i;
      return -1;
    }
    if (ids === null) {
      ids = new Map();
      for (let i = 0; i < n; i++) ids.set((items[i] as TimelineItem).id, i);
    }
    return ids.get(id) ?? -1;
  };

  return {
    items,
    starts,
    ends,
    published,
    lanes,
    laneCount,
    order,
    startDays,
    startSlot,
    endDays,
    endSlot,
    maxLength,
    firstDay,
    pastDay,
    cells: densityCells(starts, ends),
    laneGroups,
    indexOf,
  };
}
