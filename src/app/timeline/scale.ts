/**
 * The view window: which days the plot shows. A linear scale over day numbers, plus the zoom and
 * pan steps, each clamped so the view never leaves the (padded) domain or zooms past a few days.
 */

/** Days shown, as a half-open interval of (fractional) day numbers. */
export interface View {
  start: number;
  end: number;
}

export interface ViewLimits {
  /** The widest view: the domain padded a little. */
  min: number;
  max: number;
  /** The narrowest view, in days. */
  minSpan: number;
}

const MIN_SPAN_DAYS = 4;

/** The padded domain as both the first view and the limits of zoom and pan. */
export function viewLimitsFor(domainStart: number, domainEndInclusive: number): ViewLimits {
  const end = Math.max(domainEndInclusive + 1, domainStart + MIN_SPAN_DAYS);
  const pad = Math.max(1, (end - domainStart) * 0.02);
  return { min: domainStart - pad, max: end + pad, minSpan: MIN_SPAN_DAYS };
}

export function fullView(limits: ViewLimits): View {
  return { start: limits.min, end: limits.max };
}

export function xOfDay(view: View, width: number, day: number): number {
  return ((day - view.start) / (view.end - view.start)) * width;
}

export function dayOfX(view: View, width: number, x: number): number {
  return view.start + (x / width) * (view.end - view.start);
}

/** Shrinks or grows the span to fit the limits, then slides it inside them. */
export function clampView(view: View, limits: ViewLimits): View {
  const maxSpan = limits.max - limits.min;
  const span = Math.min(maxSpan, Math.max(limits.minSpan, view.end - view.start));
  let start = view.start + (view.end - view.start - span) / 2;
  start = Math.min(Math.max(start, limits.min), limits.max - span);
  return { start, end: start + span };
}

/** Zooms by `factor` (below 1 zooms in) keeping `anchorDay` at the same place on screen. */
export function zoomAround(
  view: View,
  factor: number,
  anchorDay: number,
  limits: ViewLimits,
): View {
  const maxSpan = limits.max - limits.min;
  const span = view.end - view.start;
  const nextSpan = Math.min(maxSpan, Math.max(limits.minSpan, span * factor));
  const ratio = (anchorDay - view.start) / span;
  const start = anchorDay - ratio * nextSpan;
  return clampView({ start, end: start + nextSpan }, limits);
}

export function panBy(view: View, days: number, limits: ViewLimits): View {
  return clampView({ start: view.start + days, end: view.end + days }, limits);
}

/**
 * The view centred on [start, end), zoomed out when it cannot fit. Returns the same view when any
 * of the interval is in it: a click on a long bar must not move the view under the pointer.
 */
export function viewShowing(view: View, start: number, end: number, limits: ViewLimits): View {
  if (end > view.start && start < view.end) return view;
  const span = view.end - view.start;
  const needed = (end - start) * 1.2;
  if (needed > span) {
    const centre = (start + end) / 2;
    return clampView({ start: centre - needed / 2, end: centre + needed / 2 }, limits);
  }
  const centre = (start + end) / 2;
  return clampView({ start: centre - span / 2, end: centre + span / 2 }, limits);
}
