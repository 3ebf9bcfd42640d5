/** The buttons above the plot, and the legend of what the marks mean. */
import { memo } from 'react';

interface ToolbarProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onResetZoom: () => void;
  onRangeFromView: () => void;
  onClearRange: () => void;
  hasRange: boolean;
}

/** Memoised, its handlers being stable: a filter change does not touch it. */
export const Toolbar = memo(function Toolbar(props: ToolbarProps) {
  return (
    <div className="tl-toolbar">
      <div className="tl-buttons" role="group" aria-label="Zoom and date range">
        <button type="button" onClick={props.onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={props.onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={props.onResetZoom}>
          Reset zoom
        </button>
        <button type="button" onClick={props.onRangeFromView}>
          Pick shown dates
        </button>
        <button type="button" onClick={props.onClearRange} disabled={!props.hasRange}>
          Clear
        </button>
      </div>
      <Legend />
    </div>
  );
});

function Legend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li>
        <svg width="14" height="10" aria-hidden="true">
          <circle className="tl-text" cx="7" cy="5" r="3.5" />
        </svg>
        Day
      </li>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <rect className="tl-span" x="1" y="2" width="20" height="6" />
        </svg>
        Month, season…
      </li>
      <li>
        <svg width="36" height="10" aria-hidden="true">
          <circle className="tl-published" cx="6" cy="5" r="3" />
          <rect className="tl-published" x="13.5" y="2.5" width="21" height="5" />
        </svg>
        Dated by publication only
      </li>
    </ul>
  );
}
