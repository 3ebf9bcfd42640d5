/**
 * The timeline's items: one per past, dated event, made once per corpus; and, per filter change,
 * which of them pass the filters.
 */
import type { CorpusIndex } from '../data/corpusIndex.ts';
import { memoByObject } from '../memo/memoByObject.ts';
import type { Visibility } from '../data/selectors.ts';
import type { TimelineItem } from '../timeline/types.ts';

export interface TimelineItems {
  /** Past, dated events in date order (so the timeline need not sort them). */
  items: readonly TimelineItem[];
  /**
   * Per position in eventsByDate: its event's item index, or -1 when it has none (undated, or in
   * the future). By date position, for reading in the order the visible events come.
   */
  itemOfRank: Int32Array;
}

/** The items, made on first use for each corpus and kept for its life. Depends on: index. */
export const timelineItemsOf = memoByObject((index: CorpusIndex): TimelineItems => {
  const { corpus, eventsByDate, eventStartDay, eventEndDay } = index;
  // made in corpus order, then put in date order: made in date order, at 100,000 events, the
  // reads jump about memory and take half as long again
  const byEvent = corpus.events.map((event, e): TimelineItem | null =>
    event.date && !event.future
      ? {
          id: event.id,
          start: event.date.start,
          end: event.date.end,
          startDay: eventStartDay[e] as number,
          endDay: eventEndDay[e] as number,
          precision: event.date.precision,
          basis: event.dateBasis === 'text' ? 'text' : 'published',
          label: event.text.trim().slice(0, 160),
        }
      : null,
  );
  const items: TimelineItem[] = [];
  const itemOfRank = new Int32Array(byEvent.length).fill(-1);
  for (let k = 0; k < eventsByDate.length; k++) {
    const e = eventsByDate[k] as number;
    const item = byEvent[e];
    if (!item) continue;
    itemOfRank[k] = items.length;
    items.push(item);
  }
  return { items, itemOfRank };
});

/**
 * The indexes of the items whose events pass the filters, ascending (the visible events come in
 * date order, as the items do), or null when every event passes: one pass over the visible
 * events. Depends on: index, visibility.
 */
export function selectVisibleItems(index: CorpusIndex, visibility: Visibility): Int32Array | null {
  return visibleItemsOf(index, visibility.visibleRanks);
}

/** From the visible events' date positions: read in order, not jumping about per event index. */
function visibleItemsOf(index: CorpusIndex, ranks: Int32Array): Int32Array | null {
  const { itemOfRank } = timelineItemsOf(index);
  if (ranks.length === itemOfRank.length) return null;
  const out = new Int32Array(ranks.length);
  let count = 0;
  // An index loop: this runs once per filter change, mostly before the engine has optimised it,
  // where a typed array's iterator costs several times more.
  for (let k = 0; k < ranks.length; k++) {
    const item = itemOfRank[ranks[k] as number] as number;
    if (item >= 0) out[count++] = item;
  }
  return out.subarray(0, count);
}
