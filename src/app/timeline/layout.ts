/** The plot's rows, top to bottom, in CSS pixels: density strip, item lanes, axis, brush track. */
export const LAYOUT = {
  height: 172,
  densityTop: 4,
  densityHeight: 30,
  lanesTop: 40,
  laneHeight: 8,
  laneCount: 8,
  axisTop: 106,
  brushTop: 130,
  brushHeight: 38,
  pointRadius: 3,
} as const;

/** Below this many items in view, items are focusable SVG; above, one canvas. */
export const MAX_SVG_ITEMS = 200;
