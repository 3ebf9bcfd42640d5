/**
 * Paints the canvas layer: the density strip always, the items too when there are too many for
 * SVG (the shapes chosen by canvasShapes.ts, batched into one path per style).
 */
import type { DensityBins } from './density.ts';
import type { ItemIndex } from './itemIndex.ts';
import { LAYOUT } from './layout.ts';
import { visibleShapes, type Basis } from './canvasShapes.ts';
import { xOfDay, type View } from './scale.ts';
import type { ShownItems } from './shownItems.ts';

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
  shown: ShownItems;
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

function drawItems(ctx: CanvasRenderingContext2D, { shown, view, width, colors }: PlotFrame) {
  const r = LAYOUT.pointRadius;
  const barHeight = LAYOUT.laneHeight - 2;
  // [text spans, published spans, text points, published points]: one path per style
  const paths = [new Path2D(), new Path2D(), new Path2D(), new Path2D()] as const;
  // a run of dots as one rounded bar; a dot is the run of one, its bar a circle
  const capsule = (basis: Basis, cx0: number, cx1: number, y: number) => {
    const radius = basis ? r - 0.5 : r;
    const cy = y + LAYOUT.laneHeight / 2;
    (basis ? paths[3] : paths[2]).roundRect(
      cx0 - radius,
      cy - radius,
      cx1 - cx0 + 2 * radius,
      2 * radius,
      radius,
    );
  };
  visibleShapes(shown, view, width, {
    bar(basis, x0, x1, y) {
      if (basis) paths[1].rect(x0 + 0.5, y + 1.5, x1 - x0 - 1, barHeight - 1);
      else paths[0].rect(x0, y + 1, x1 - x0, barHeight);
    },
    dot: (basis, cx, y) => capsule(basis, cx, cx, y),
    run: capsule,
  });
  ctx.fillStyle = colors.span;
  ctx.fill(paths[0]);
  ctx.strokeStyle = colors.published;
  ctx.lineWidth = 1;
  ctx.stroke(paths[1]);
  // points last, ringed in the background colour so they stand out on spans
  ctx.strokeStyle = colors.background;
  ctx.stroke(paths[2]);
  ctx.fillStyle = colors.text;
  ctx.fill(paths[2]);
  ctx.fillStyle = colors.background;
  ctx.fill(paths[3]);
  ctx.strokeStyle = colors.published;
  ctx.stroke(paths[3]);
}

function drawOne(
  ctx: CanvasRenderingContext2D,
  { shown, view, width, colors }: PlotFrame,
  i: number,
  colour: string,
  outline: number,
) {
  const shape = itemShape(shown.index, view, width, i);
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
