import { useCallback, useMemo } from 'react';
import { Timeline } from '../timeline/Timeline.tsx';
import type { DayRange } from '../timeline/types.ts';
import type { PanelInputs } from './Panels.tsx';
import { selectVisibleItems, timelineItemsOf } from './timelineItems.ts';

/**
 * The timeline, fed from the shell: dated past events (once per corpus) and which of them are
 * visible (per filter change), the corpus's extent, and the date filter as the brush (a half-open
 * filter is drawn up to the corpus's end or from its start).
 */
export function TimelineSlot({
  index,
  visibility,
  state,
  highlights,
  selectEvent,
  onHoverEvent,
  update,
}: PanelInputs) {
  const { items } = timelineItemsOf(index);
  const visible = useMemo(() => selectVisibleItems(index, visibility), [index, visibility]);
  const { domain } = index;
  const { from, to } = state;
  const selection = useMemo<DayRange | null>(() => {
    if (!domain || (from === null && to === null)) return null;
    return { start: from ?? domain.start, end: to ?? domain.end };
  }, [domain, from, to]);
  const onSelectionChange = useCallback(
    (range: DayRange | null) =>
      update(
        { from: range?.start ?? null, to: range?.end ?? null },
        { mode: 'burst', kind: 'dates' },
      ),
    [update],
  );

  if (!domain) {
    return (
      <p className="panel__hint">
        No event in this corpus has a date, so there is no timeline to draw.
      </p>
    );
  }
  return (
    <Timeline
      items={items}
      visible={visible}
      domain={domain}
      selection={selection}
      onSelectionChange={onSelectionChange}
      selectedId={state.event}
      highlightedIds={highlights.highlightedEventIds}
      onSelect={selectEvent}
      onHover={onHoverEvent}
    />
  );
}
