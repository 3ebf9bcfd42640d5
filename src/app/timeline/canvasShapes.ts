/**
 * Which shapes the canvas paints for the items in view. An item that would land on pixels already
 * painted in its lane and style is skipped, and a bar is cut to the part not yet painted, so a
 * frame costs one pass over the items in view and at most a few shapes per pixel column and lane.
 * Dots that follow each other closely in a lane come as one run, painted as a capsule: in a dense
 * view, rasterising thousands of overlapping circles was most of a repaint's cost.
 */
import { LAYOUT } from './layout.ts';
import { scanRange } from './query.ts';
import type { View } from './scale.ts';
import type { ShownItems } from './shownItems.ts';

/** 0: dated by the text, 1: dated only by publication. */
export type Basis = 0 | 1;

export interface ShapeSink {
  /** A span from x0 to x1 in a lane whose top is y. */
  bar(basis: Basis, x0: number, x1: number, y: number): void;
  /** A day, centred at cx in a lane whose top is y. */
  dot(basis: Basis, cx: number, y: number): void;
  /**
   * Dots centred from cx0 to cx1 in a lane whose top is y, each within RUN_GAP of the next: their
   * circles' union, to the eye, is a capsule from cx0 - r to cx1 + r.
   */
  run(basis: Basis, cx0: number, cx1: number, y: number): void;
}

/**
 * Dot centres closer than this (one radius) join a run. The capsule then departs from the
 * circles' scalloped union by under half a pixel (r - sqrt(r² - (r/2)²) = 0.4 px at r = 3).
 */
export const RUN_GAP = LAYOUT.pointRadius;

export function visibleShapes(shown: ShownItems, view: View, width: number, sink: ShapeSink): void {
  const { index, order } = shown;
  const { starts, ends, lanes, published } = index;
  const pxPerDay = width / (view.end - view.start);
  const minGap = LAYOUT.pointRadius / 2;
  // per lane and [text bars, publication bars, text dots, publication dots]: the right edge
  // painted so far (bars) or the last dot's centre; and for dots, where their run began
  const painted = new Float64Array(index.laneCount * 4).fill(-Infinity);
  const runStart = new Float64Array(index.laneCount * 4).fill(-Infinity);
  const endRun = (slot: number) => {
    const first = runStart[slot] as number;
    if (first === -Infinity) return;
    const last = painted[slot] as number;
    const lane = slot >> 2;
    const y = LAYOUT.lanesTop + lane * LAYOUT.laneHeight;
    const basis = (slot & 1) as Basis;
    if (last === first) sink.dot(basis, first, y);
    else sink.run(basis, first, last, y);
  };
  const [first, past] = scanRange(shown, view.start, view.end);
  for (let k = first; k < past; k++) {
    const i = order[k] as number;
    const end = ends[i] as number;
    if (end <= view.start) continue;
    const start = starts[i] as number;
    const basis = published[i] as Basis;
    const lane = lanes[i] as number;
    const y = LAYOUT.lanesTop + lane * LAYOUT.laneHeight;
    const x0 = (start - view.start) * pxPerDay;
    if (end - start === 1) {
      const cx = x0 + pxPerDay / 2;
      const slot = lane * 4 + 2 + basis;
      const gap = cx - (painted[slot] as number);
      // a dot within half a radius of the last one in its lane would not show
      if (gap < minGap) continue;
      if (gap > RUN_GAP) {
        endRun(slot);
        runStart[slot] = cx;
      }
      painted[slot] = cx;
    } else {
      const x1 = Math.max(x0 + 2, (end - view.start) * pxPerDay);
      const slot = lane * 4 + basis;
      const reached = painted[slot] as number;
      if (x1 <= reached + 0.5) continue;
      painted[slot] = x1;
      // a filled bar continues the painted one; an outlined bar is drawn whole, or its outline
      // would read as two items
      sink.bar(basis, basis ? x0 : Math.max(x0, reached), x1, y);
    }
  }
  for (let slot = 2; slot < runStart.length; slot += 4) {
    endRun(slot);
    endRun(slot + 1);
  }
}
