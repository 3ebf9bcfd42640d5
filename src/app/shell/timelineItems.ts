import { at, type CorpusIndex } from '../data/corpusIndex.ts';
import type { Visibility } from '../data/selectors.ts';
import type { TimelineItem } from '../timeline/types.ts';

/** The timeline draws past, dated events that pass the filters. Depends on: index, visibility. */
export function selectTimelineItems(index: CorpusIndex, visibility: Visibility): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const i of visibility.visibleEvents) {
    const e = at(index.corpus.events, i);
    if (!e.date || e.future) continue;
    items.push({
      id: e.id,
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      basis: e.dateBasis === 'text' ? 'text' : 'published',
      label: e.text.trim().slice(0, 160),
    });
  }
  return items;
}
