/**
 * Which shapes the canvas paints for the items in view. An item that would land on pixels already
 * painted in its lane and style is skipped, and a bar is cut to the part not yet painted, so a
 * frame costs one pass over the items in view and at most a few shapes per pixel column and lane.
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
}

export function visibleShapes(shown: ShownItems, view: View, width: number, sink: ShapeSink): void {
  const { index, order } = shown;
  const { starts, ends, lanes, published } = index;
  const pxPerDay = width / (view.end - view.start);
  const minGap = LAYOUT.pointRadius / 2;
  // per lane and [text bars, publication bars, text dots, publication dots]: the right edge
  // painted so far (bars) or the last dot's centre
  const painted = new Float64Array(index.laneCount * 4).fill(-Infinity);
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
      // a dot within half a radius of the last one in its lane would not show
      if (cx - (painted[slot] as number) < minGap) continue;
      painted[slot] = cx;
      sink.dot(basis, cx, y);
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
}
