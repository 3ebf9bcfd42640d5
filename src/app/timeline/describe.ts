/**
 * Words for dates and for the view: item dates at their true precision ("Jun 2014", "1-15 Aug
 * 2014"), and the timeline's text alternative.
 */
import { format } from 'date-fns';
import { civilOf, dayOf, localDateOf } from './days.ts';
import { memoByObject } from '../memo/memoByObject.ts';
import type { TimelineItem } from './types.ts';

export function formatDay(day: number): string {
  return format(localDateOf(day), 'd MMM yyyy');
}

export function formatMonth(day: number): string {
  return format(localDateOf(day), 'MMM yyyy');
}

/** An item's date as its precision states it; "published" items say so. */
export function describeItemDate(item: TimelineItem): string {
  const start = dayOf(item.start);
  const end = dayOf(item.end);
  let text: string;
  switch (item.precision) {
    case 'day':
      text = formatDay(start);
      break;
    case 'month':
      text = formatMonth(start);
      break;
    case 'year':
      text = format(localDateOf(start), 'yyyy');
      break;
    default:
      text = describeSpan(start, end);
  }
  return item.basis === 'published' ? `${text} (publication date)` : text;
}

/** A span in as few words as it needs: "May to Aug 2014", "1 to 15 Aug 2014". */
export function describeSpan(first: number, last: number): string {
  if (first === last) return formatDay(first);
  const a = civilOf(first);
  const b = civilOf(last);
  const sameYear = a.year === b.year;
  if (a.date === 1 && civilOf(last + 1).date === 1) {
    if (sameYear && a.month === b.month) return formatMonth(first);
    return sameYear
      ? `${format(localDateOf(first), 'MMM')} to ${formatMonth(last)}`
      : `${formatMonth(first)} to ${formatMonth(last)}`;
  }
  if (sameYear && a.month === b.month) return `${a.date} to ${formatDay(last)}`;
  if (sameYear) return `${format(localDateOf(first), 'd MMM')} to ${formatDay(last)}`;
  return `${formatDay(first)} to ${formatDay(last)}`;
}

// An item's name never changes, and formatting its date costs tens of microseconds: with up to
// 200 items drawn as SVG, re-rendering them (a filter change, a hover) formatted every one again.
/** The accessible name of an item: its label, then its date. */
export const describeItem = memoByObject(
  (item: TimelineItem): string => `${item.label}, ${describeItemDate(item)}`,
);

// one formatter for all calls: toLocaleString builds a new one each time, a millisecond apiece
const counts = new Intl.NumberFormat('en-GB');

function plural(count: number, one: string): string {
  return `${counts.format(count)} ${one}${count === 1 ? '' : 's'}`;
}

/** "A to B", or one month when both fall in it. */
function monthSpan(first: number, last: number): string {
  const a = formatMonth(first);
  const b = formatMonth(last);
  return a === b ? a : `${a} to ${b}`;
}

/**
 * The text alternative: how many events, over what time, and what the view shows, e.g. "96
 * events from Jan 2012 to Mar 2019; showing Sep 2017 to Dec 2017 (12 events)".
 */
export function summarise(
  total: number,
  firstDay: number,
  lastDay: number,
  viewFirst: number,
  viewLast: number,
  inView: number,
): string {
  if (total === 0) return 'No dated events match the filters.';
  const all = `${plural(total, 'event')} from ${monthSpan(firstDay, lastDay)}`;
  return `${all}; showing ${monthSpan(viewFirst, viewLast)} (${plural(inView, 'event')}).`;
}
