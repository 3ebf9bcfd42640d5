/**
 * Runs what a filter change costs the timeline (the shown items, the bins, the window counts, the
 * canvas drawing) a few times while the page is idle after the items are indexed, on sample
 * filters, drawing to a canvas that is never shown. The engine optimises a function from what it
 * has seen it do: met first by a real change, these passes ran mostly unoptimised, and the first
 * date changes at 100,000 items took several times as long as later ones. One sample per idle
 * task, so input never waits behind more than one; results are dropped.
 */
import { binsFor } from './density.ts';
import { drawPlot, type PlotColors } from './drawPlot.ts';
import type { ItemIndex } from './itemIndex.ts';
import { countInWindow, itemsInWindow } from './query.ts';
import { selectShown } from './shownItems.ts';
import { runWhenIdle } from '../idle/runWhenIdle.ts';

const COLORS: PlotColors = {
  text: '#000',
  span: '#000',
  published: '#000',
  background: '#fff',
  density: '#000',
  highlight: '#000',
  selected: '#000',
  outline: '#000',
};

/** Item index lists as a filter makes them (ascending): most items, a later part, a few. */
export function sampleLists(n: number): Int32Array[] {
  const every = (step: number, from = 0) =>
    Int32Array.from(
      { length: Math.max(0, Math.ceil((n - from) / step)) },
      (_, k) => from + k * step,
    );
  return [every(2), every(1, Math.floor(n / 2)), every(3, 1), every(50)];
}

/** One filter change's timeline work on `visible`, as Timeline.tsx and the canvas do it. */
export function runFilterPaths(
  index: ItemIndex,
  visible: Int32Array,
  width: number,
  ctx: CanvasRenderingContext2D | null,
): void {
  const shown = selectShown(index, visible);
  const view = { start: index.firstDay, end: Math.max(index.pastDay, index.firstDay + 1) };
  const bins = binsFor(shown.density, view, width);
  countInWindow(shown, view.start, view.end);
  itemsInWindow(shown, view.start, view.start + (view.end - view.start) / 100);
  if (ctx) {
    const frame = { shown, view, width, bins, colors: COLORS, highlighted: [], selected: -1 };
    drawPlot(ctx, { ...frame, drawItems: true });
  }
}

/**
 * Schedules the samples, one per idle period; returns a function that cancels what is left.
 * `run` is passed in by tests.
 */
export function warmFilterPaths(index: ItemIndex, width: number, run = runFilterPaths): () => void {
  // one pixel: the drawing code runs in full, while the pixels it would fill are all clipped
  const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
  if (canvas) canvas.width = canvas.height = 1;
  const ctx = canvas?.getContext('2d') ?? null;
  return runWhenIdle(
    sampleLists(index.starts.length).map((list) => () => run(index, list, width, ctx)),
  );
}
