import { memo } from 'react';
import type { Tick } from './ticks.ts';
import { LAYOUT } from './layout.ts';

/** A generous average width of an 11px axis character. */
const LABEL_CHAR_PX = 6.5;

/**
 * The time axis: a baseline with labelled ticks. Hidden from screen readers: the summary says it.
 * Memoised: a filter change leaves the ticks as they were.
 */
export const Axis = memo(function Axis({
  ticks,
  width,
}: {
  ticks: readonly Tick[];
  width: number;
}) {
  const y = LAYOUT.axisTop;
  return (
    <g className="tl-axis" aria-hidden="true">
      <line x1={0} x2={width} y1={y} y2={y} />
      {ticks.map((tick) => (
        <g key={tick.day} transform={`translate(${tick.x},${y})`}>
          <line y1={-LAYOUT.axisTop + LAYOUT.lanesTop} y2={0} className="tl-gridline" />
          <line y1={0} y2={5} />
          {/* a label that would run off the right edge is left out rather than cut */}
          {tick.x + 3 + tick.label.length * LABEL_CHAR_PX <= width && (
            <text x={3} y={17}>
              {tick.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});
