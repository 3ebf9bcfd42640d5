/** A small shared fixture for the timeline's tests: items at several precisions and bases. */
import type { TimelineItem } from './types.ts';

export function item(
  id: string,
  start: string,
  end = start,
  basis: TimelineItem['basis'] = 'text',
): TimelineItem {
  const precision = start === end ? 'day' : 'range';
  return { id, start, end, precision, basis, label: `Event ${id}` };
}

export const FIXTURE: readonly TimelineItem[] = [
  item('siege', '2014-06-01', '2014-08-31'),
  item('strike', '2014-07-03'),
  item('talks', '2014-07-01', '2014-07-31'),
  item('report', '2014-07-03', '2014-07-03', 'published'),
  item('year', '2015-01-01', '2015-12-31'),
  item('truce', '2015-02-14'),
];

/** `list[i]`, failing the test when there is none (noUncheckedIndexedAccess, without `!`). */
export function at<T>(list: ArrayLike<T>, i: number): T {
  const value = list[i];
  if (value === undefined) throw new Error(`No value at index ${i}.`);
  return value;
}
