/**
 * Axis ticks: calendar-aligned days, months or years, as far apart as their labels need, with
 * labels formatted by date-fns at the tick's grain ("3 Mar", "Mar 2014", "2014").
 */
import { format } from 'date-fns';
import { boundaries, finestFitting, type Interval } from './calendar.ts';
import { civilOf, localDateOf } from './days.ts';
import type { View } from './scale.ts';

export interface Tick {
  day: number;
  x: number;
  label: string;
}

const TICK_INTERVALS: readonly Interval[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'week', step: 1 },
  { unit: 'week', step: 2 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 25 },
  { unit: 'year', step: 50 },
  { unit: 'year', step: 100 },
];

/** Wide enough for "Sep 2014" or "28 Sep" in the axis font, with a gap. */
export const MIN_TICK_SPACING_PX = 72;

export function tickLabel(day: number, interval: Interval, first: boolean): string {
  const date = localDateOf(day);
  const { month } = civilOf(day);
  switch (interval.unit) {
    case 'day':
    case 'week':
      return format(date, first || month === 0 ? 'd MMM yyyy' : 'd MMM');
    case 'month':
      return format(date, first || month === 0 || interval.step > 1 ? 'MMM yyyy' : 'MMM');
    case 'year':
      return format(date, 'yyyy');
  }
}

/** Ticks inside the view, labelled; the first one also names its year. */
export function ticksFor(view: View, width: number, minSpacingPx = MIN_TICK_SPACING_PX): Tick[] {
  const pxPerDay = width / (view.end - view.start);
  const interval = finestFitting(TICK_INTERVALS, pxPerDay, minSpacingPx);
  const ticks: Tick[] = [];
  for (const day of boundaries(view.start, view.end, interval)) {
    if (day < view.start || day > view.end) continue;
    const x = (day - view.start) * pxPerDay;
    ticks.push({ day, x, label: tickLabel(day, interval, ticks.length === 0) });
  }
  return ticks;
}
