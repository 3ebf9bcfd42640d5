/**
 * The density strip's numbers. Each item is one unit of mass spread evenly over its days (a
 * "2014" event adds 1/365 to each day of 2014), so a vague date widens its trace instead of
 * spiking one bin. A prefix sum over day cells is built once per item set; any bin at any zoom is
 * then two lookups.
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

const MAX_CELLS = 200_000;

export function buildDensity(starts: Int32Array, ends: Int32Array): DensityIndex {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    min = Math.min(min, starts[i] as number);
    max = Math.max(max, ends[i] as number);
  }
  if (starts.length === 0) return { origin: 0, cellDays: 1, cumulative: new Float64Array(1) };
  const cellDays = Math.max(1, Math.ceil((max - min) / MAX_CELLS));
  const cells = Math.ceil((max - min) / cellDays);
  // second-order difference: a rate change at each item's first and past-last cell
  const rate = new Float64Array(cells + 1);
  for (let i = 0; i < starts.length; i++) {
    const first = Math.floor(((starts[i] as number) - min) / cellDays);
    const past = Math.max(first + 1, Math.ceil(((ends[i] as number) - min) / cellDays));
    const share = 1 / (past - first);
    rate[first] = (rate[first] as number) + share;
    rate[past] = (rate[past] as number) - share;
  }
  const cumulative = new Float64Array(cells + 1);
  let perCell = 0;
  for (let c = 0; c < cells; c++) {
    perCell += rate[c] as number;
    cumulative[c + 1] = (cumulative[c] as number) + perCell;
  }
  return { origin: min, cellDays, cumulative };
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
