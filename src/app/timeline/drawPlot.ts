/**
 * Paints the canvas layer: the density strip always, the items too when there are too many for
 * SVG. Items that would land on pixels already painted in their lane and style are skipped, so a
 * frame costs one pass over the items in view and at most a few paths of a few thousand shapes.
 */
import type { DensityBins } from './density.ts';
import type { ItemIndex } from './itemIndex.ts';
import { LAYOUT } from './layout.ts';
import { scanRange } from './query.ts';
import { xOfDay, type View } from './scale.ts';

export interface PlotColors {
  text: string;
  /** Text-dated spans: lighter than points, so points stay visible on top of them. */
  span: string;
  published: string;
  background: string;
  density: string;
  highlight: string;
  selected: string;
  outline: string;
}

/** The palette from the CSS custom properties on `element`, so the shell's theme reaches canvas. */
export function readColors(element: Element): PlotColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--tl-text-color', '#1f5fa8'),
    span: read('--tl-span-color', '#5b8cc9'),
    background: read('--tl-bg', '#ffffff'),
    published: read('--tl-published-color', '#8a4b00'),
    density: read('--tl-density-color', '#5f6b7a'),
    highlight: read('--tl-highlight-color', '#b7410e'),
    selected: read('--tl-selected-color', '#b0005a'),
    outline: read('--tl-fg', '#1a1a1a'),
  };
}

export interface PlotFrame {
  index: ItemIndex;
  view: View;
  width: number;
  bins: DensityBins;
  colors: PlotColors;
  /** False when SVG draws the items. */
  drawItems: boolean;
  highlighted: readonly number[];
  selected: number;
}

export function drawPlot(ctx: CanvasRenderingContext2D, frame: PlotFrame): void {
  ctx.clearRect(0, 0, frame.width, LAYOUT.height);
  drawDensity(ctx, frame);
  if (!frame.drawItems) return;
  drawItems(ctx, frame);
  for (const i of frame.highlighted) drawOne(ctx, frame, i, frame.colors.highlight, 1);
  if (frame.selected >= 0) drawOne(ctx, frame, frame.selected, frame.colors.selected, 2);
}

function drawDensity(ctx: CanvasRenderingContext2D, { bins, view, width, colors }: PlotFrame) {
  const bottom = LAYOUT.densityTop + LAYOUT.densityHeight;
  ctx.fillStyle = colors.density;
  ctx.fillRect(0, bottom - 1, width, 1);
  if (bins.max <= 0) return;
  for (let b = 0; b < bins.counts.length; b++) {
    const count = bins.counts[b] as number;
    if (count <= 0) continue;
    const x0 = xOfDay(view, width, bins.edges[b] as number);
    const x1 = xOfDay(view, width, bins.edges[b + 1] as number);
    // at least 1px for any non-empty bin: a single event must not vanish
    const height = Math.max(1, (count / bins.max) * (LAYOUT.densityHeight - 1));
    ctx.fillRect(x0, bottom - 1 - height, Math.max(1, x1 - x0 - 1), height);
  }
}

/** Geometry of one item, in CSS pixels. */
export function itemShape(index: ItemIndex, view: View, width: number, i: number) {
  const start = index.starts[i] as number;
  const end = index.ends[i] as number;
  const x0 = xOfDay(view, width, start);
  const x1 = xOfDay(view, width, end);
  const y = LAYOUT.lanesTop + (index.lanes[i] as number) * LAYOUT.laneHeight;
  return { point: end - start === 1, x0, x1, cx: (x0 + x1) / 2, y, cy: y + LAYOUT.laneHeight / 2 };
}

function drawItems(ctx: CanvasRenderingContext2D, { index, view, width, colors }: PlotFrame) {
  const { starts, ends, lanes, published, order } = index;
  const r = LAYOUT.pointRadius;
  const barHeight = LAYOUT.laneHeight - 2;
  const pxPerDay = width / (view.end - view.start);
  // [text spans, published spans, text points, published points]
  const paths = [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
  // per lane and path: the right edge painted so far (spans) or the last point's centre
  const painted = new Float64Array(index.laneCount * 4).fill(-Infinity);
  const [first, past] = scanRange(index, view.start, view.end);
  for (let k = first; k < past; k++) {
    const i = order[k] as number;
    const end = ends[i] as number;
    if (end <= view.start) continue;
    const start = starts[i] as number;
    const basis = published[i] as number;
    const lane = lanes[i] as number;
    const y = LAYOUT.lanesTop + lane * LAYOUT.laneHeight;
    const x0 = (start - view.start) * pxPerDay;
    if (end - start === 1) {
      const cx = x0 + pxPerDay / 2;
      const slot = lane * 4 + 2 + basis;
      // a point within half a radius of the last one in its lane would not show
      if (cx - (painted[slot] as number) < r / 2) continue;
      painted[slot] = cx;
      const path = paths[2 + basis] as Path2D;
      path.moveTo(cx + r, y + LAYOUT.laneHeight / 2);
      path.arc(cx, y + LAYOUT.laneHeight / 2, basis ? r - 0.5 : r, 0, 2 * Math.PI);
    } else {
      const x1 = Math.max(x0 + 2, (end - view.start) * pxPerDay);
      const slot = lane * 4 + basis;
      const reached = painted[slot] as number;
      if (x1 <= reached + 0.5) continue;
      painted[slot] = x1;
      const left = basis ? x0 : Math.max(x0, reached);
      if (basis) (paths[1] as Path2D).rect(left + 0.5, y + 1.5, x1 - left - 1, barHeight - 1);
      else (paths[0] as Path2D).rect(left, y + 1, x1 - left, barHeight);
    }
  }
  ctx.fillStyle = colors.span;
  ctx.fill(paths[0] as Path2D);
  ctx.strokeStyle = colors.published;
  ctx.lineWidth = 1;
  ctx.stroke(paths[1] as Path2D);
  // points last, ringed in the background colour so they stand out on spans
  ctx.strokeStyle = colors.background;
  ctx.stroke(paths[2] as Path2D);
  ctx.fillStyle = colors.text;
  ctx.fill(paths[2] as Path2D);
  ctx.fillStyle = colors.background;
  ctx.fill(paths[3] as Path2D);
  ctx.strokeStyle = colors.published;
  ctx.stroke(paths[3] as Path2D);
}

function drawOne(
  ctx: CanvasRenderingContext2D,
  { index, view, width, colors }: PlotFrame,
  i: number,
  colour: string,
  outline: number,
) {
  const shape = itemShape(index, view, width, i);
  if (shape.x1 < -10 || shape.x0 > width + 10) return;
  ctx.beginPath();
  if (shape.point) ctx.arc(shape.cx, shape.cy, LAYOUT.pointRadius + 1, 0, 2 * Math.PI);
  else ctx.rect(shape.x0, shape.y, Math.max(3, shape.x1 - shape.x0), LAYOUT.laneHeight);
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = outline;
  ctx.strokeStyle = colors.outline;
  ctx.stroke();
}
