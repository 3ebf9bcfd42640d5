import { useMemo } from 'react';
import type { PanelInputs } from './Panels.tsx';
import { selectTimelineItems } from './timelineItems.ts';

/**
 * PLACEHOLDER until src/app/timeline/Timeline.tsx lands: the region the timeline component will
 * fill, showing how many dated events it will draw. Replace the body with <Timeline {...props} />.
 */
export function TimelineSlot({ index, visibility }: PanelInputs) {
  const items = useMemo(() => selectTimelineItems(index, visibility), [index, visibility]);
  return (
    <div className="timeline-placeholder">
      <h2 className="panel__title">Timeline</h2>
      <p>
        {items.length} dated events
        {index.domain ? ` between ${index.domain.start} and ${index.domain.end}` : ''}. (The
        timeline component is not built yet.)
      </p>
    </div>
  );
}
