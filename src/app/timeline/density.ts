/**
 * The density strip's numbers. Each item is one unit of mass spread evenly over its days (a
 * "2014" event adds 1/365 to each day of 2014), so a vague date widens its trace instead of
 * spiking one bin. Each item's cells are found once per item set (`densityCells`); a filter
 * change then sums the cells of the items it lets through into a prefix sum (`densityOf`), and
 * any bin at any zoom is two lookups in it.
 */
import { boundaries, finestFitting, type Interval } from './calendar.ts';
import type { View } from './scale.ts';

export interface DensityIndex {
  /** Day number where cell 0 starts. */
  origin: number;
  /** Days per cell: 1 unless the items span more than MAX_CELLS days. */
  cellDays: number;
  /** cumulative[c] is the mass of all cells before cell c. */
  cumulative: Float64Array;
}

/** Where each item's mass goes, on a grid of cells fixed for the whole item set. */
export interface DensityCells {
  origin: number;
  cellDays: number;
  cellCount: number;
  /** Per item: its first cell, the cell past its last, and the mass it adds to each between. */
  first: Int32Array;
  past: Int32Array;
  share: Float64Array;
}

const MAX_CELLS = 200_000;

/** Each item's cells and share; `ends` are exclusive. Once per item set. */
export function densityCells(starts: Int32Array, ends: Int32Array): DensityCells {
  const n = starts.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, starts[i] as number);
    max = Math.max(max, ends[i] as number);
  }
  const first = new Int32Array(n);
  const past = new Int32Array(n);
  const share = new Float64Array(n);
  if (n === 0) return { origin: 0, cellDays: 1, cellCount: 0, first, past, share };
  const cellDays = Math.max(1, Math.ceil((max - min) / MAX_CELLS));
  for (let i = 0; i < n; i++) {
    const from = Math.floor(((starts[i] as number) - min) / cellDays);
    const to = Math.max(from + 1, Math.ceil(((ends[i] as number) - min) / cellDays));
    first[i] = from;
    past[i] = to;
    share[i] = 1 / (to - from);
  }
  return {
    origin: min,
    cellDays,
    cellCount: Math.ceil((max - min) / cellDays),
    first,
    past,
    share,
  };
}

/**
 * The density of the items listed (item indexes), or of every item when `listed` is null: one
 * pass over the listed items and one over the cells.
 */
export function densityOf(cells: DensityCells, listed: ArrayLike<number> | null): DensityIndex {
  const { first, past, share, cellCount } = cells;
  // second-order difference: a rate change at each item's first and past-last cell
  const rate = new Float64Array(cellCount + 1);
  const count = listed === null ? first.length : listed.length;
  for (let k = 0; k < count; k++) {
    const i = listed === null ? k : (listed[k] as number);
    const mass = share[i] as number;
    const a = first[i] as number;
    const b = past[i] as number;
    rate[a] = (rate[a] as number) + mass;
    rate[b] = (rate[b] as number) - mass;
  }
  const cumulative = new Float64Array(cellCount + 1);
  let perCell = 0;
  for (let c = 0; c < cellCount; c++) {
    perCell += rate[c] as number;
    cumulative[c + 1] = (cumulative[c] as number) + perCell;
  }
  return { origin: cells.origin, cellDays: cells.cellDays, cumulative };
}

/** Mass before `day`, linear within a cell. */
function massBefore(index: DensityIndex, day: number): number {
  const { cumulative } = index;
  const last = cumulative.length - 1;
  const position = (day - index.origin) / index.cellDays;
  if (position <= 0) return 0;
  if (position >= last) return cumulative[last] as number;
  const cell = Math.floor(position);
  const below = cumulative[cell] as number;
  return below + (position - cell) * ((cumulative[cell + 1] as number) - below);
}

/** How many items (possibly fractional) fall in [from, to). */
export function massBetween(index: DensityIndex, from: number, to: number): number {
  return massBefore(index, to) - massBefore(index, from);
}

const BIN_INTERVALS: readonly Interval[] = [
  { unit: 'day', step: 1 },
  { unit: 'week', step: 1 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 3 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 50 },
];

export interface DensityBins {
  interval: Interval;
  /** bins + 1 edges, as day numbers. */
  edges: number[];
  counts: Float64Array;
  max: number;
}

/** Calendar-aligned bins across the view, each at least `minBinPx` wide. */
export function binsFor(index: DensityIndex, view: View, width: number, minBinPx = 4): DensityBins {
  const interval = finestFitting(BIN_INTERVALS, width / (view.end - view.start), minBinPx);
  const edges = boundaries(view.start, view.end, interval);
  const counts = new Float64Array(Math.max(0, edges.length - 1));
  let max = 0;
  for (let b = 0; b < counts.length; b++) {
    const count = massBetween(index, edges[b] as number, edges[b + 1] as number);
    counts[b] = count;
    max = Math.max(max, count);
  }
  return { interval, edges, counts, max };
}
