/**
 * Human labels for day ranges at their true precision, always in UTC so a reader anywhere sees
 * the same day the text meant.
 */
import type { DateRange } from '../../shared/corpus.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function asDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Each day's label, once: Intl's format costs ~40 µs a call, and a filter change labels a page of
 * events. A corpus names a few thousand days at most; the bound only stops unbounded growth.
 */
const dayLabels = new Map<string, string>();
const MAX_DAY_LABELS = 20_000;

function formatDay(day: string): string {
  let label = dayLabels.get(day);
  if (label === undefined) {
    if (dayLabels.size >= MAX_DAY_LABELS) dayLabels.clear();
    label = dayFormat.format(asDate(day));
    dayLabels.set(day, label);
  }
  return label;
}

/** "15 Feb 2019", "Feb 2019", "2014", or "15 Feb 2019 – 31 Mar 2019". */
export function formatDayRange(range: {
  start: string;
  end: string;
  precision?: DateRange['precision'];
}): string {
  const { start, end, precision } = range;
  if (start === end) return formatDay(start);
  if (
    precision === 'year' &&
    start.endsWith('-01-01') &&
    end.endsWith('-12-31') &&
    start.slice(0, 4) === end.slice(0, 4)
  ) {
    return start.slice(0, 4);
  }
  if (precision === 'month' && start.slice(0, 7) === end.slice(0, 7))
    return monthFormat.format(asDate(start));
  return `${formatDay(start)} – ${formatDay(end)}`;
}
