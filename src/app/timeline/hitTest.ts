/** Pointer position to item: the lane from y, the day from x, a few pixels of slack. */
import { LAYOUT } from './layout.ts';
import { itemAt } from './query.ts';
import { dayOfX, type View } from './scale.ts';
import type { ShownItems } from './shownItems.ts';

/** The shown item drawn at (x, y) in plot pixels, or within a few pixels of it; -1 for none. */
export function hitTest(
  shown: ShownItems,
  view: View,
  width: number,
  x: number,
  y: number,
): number {
  const lane = Math.floor((y - LAYOUT.lanesTop) / LAYOUT.laneHeight);
  const pxPerDay = width / (view.end - view.start);
  const toleranceDays = (LAYOUT.pointRadius + 3) / pxPerDay;
  return itemAt(shown, lane, dayOfX(view, width, x), toleranceDays);
}
