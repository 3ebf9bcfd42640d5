/**
 * The brush: a track under the axis. Drag on it to pick a range, drag a handle to move one end,
 * drag the bar to slide the range; handles are sliders for the keyboard. The range shown is the
 * `range` prop except while dragging, when a draft follows the pointer and is reported once per
 * frame, so the shell's From/To inputs keep in step.
 */
import { memo, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { between, keyTarget, moveEnd, shift, type BrushPart, type DaySpan } from './brushRange.ts';
import { formatDay } from './describe.ts';
import { LAYOUT } from './layout.ts';
import { dayOfX, xOfDay, type View } from './scale.ts';

interface BrushProps {
  view: View;
  width: number;
  range: DaySpan | null;
  bounds: DaySpan;
  onChange: (range: DaySpan | null) => void;
}

type Drag =
  | { mode: 'create'; anchor: number; startX: number }
  /** `fixed`: the boundary that stays; `offset`: from the pointer to the moving edge, in px. */
  | { mode: 'resize'; fixed: number; offset: number }
  | { mode: 'move'; grabbed: number; from: DaySpan };

const HANDLE_WIDTH = 14;

/** Memoised: a change of the items alone (a place picked) leaves it as it was. */
export const Brush = memo(function Brush({ view, width, range, bounds, onChange }: BrushProps) {
  const [draft, setDraft] = useState<DaySpan | null>(null);
  const drag = useRef<Drag | null>(null);
  const frame = useRef(0);
  const pending = useRef<DaySpan | null>(null);
  const shown = draft ?? range;

  useEffect(function cancelReportOnUnmount() {
    return function cancelReport() {
      cancelAnimationFrame(frame.current);
    };
  }, []);

  const reportSoon = (next: DaySpan) => {
    pending.current = next;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (pending.current) onChange(pending.current);
    });
  };

  const xAt = (event: PointerEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    return event.clientX - (svg ? svg.getBoundingClientRect().left : 0);
  };
  const dayAt = (event: PointerEvent<SVGElement>, offset = 0) =>
    Math.round(dayOfX(view, width, xAt(event) + offset));

  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    if (event.button !== 0) return;
    const part = (event.target as Element).getAttribute('data-part');
    const day = dayAt(event);
    // a handle drag keeps the other end fixed, so the handle may cross it
    // handles sit outside the range, so the pointer grabs them a few pixels off the edge
    if ((part === 'start' || part === 'end') && shown) {
      const edge = part === 'start' ? shown.first : shown.last + 1;
      const offset = xOfDay(view, width, edge) - xAt(event);
      const fixed = part === 'start' ? shown.last + 1 : shown.first;
      drag.current = { mode: 'resize', fixed, offset };
    } else if (part === 'bar' && shown) drag.current = { mode: 'move', grabbed: day, from: shown };
    else drag.current = { mode: 'create', anchor: day, startX: event.clientX };
    event.currentTarget.setPointerCapture(event.pointerId);
    event.stopPropagation();
  };

  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    const current = drag.current;
    if (!current) return;
    const day = dayAt(event, current.mode === 'resize' ? current.offset : 0);
    let next: DaySpan;
    if (current.mode === 'create') {
      if (Math.abs(event.clientX - current.startX) < 4) return;
      next = between(current.anchor, day, bounds);
    } else if (current.mode === 'move') {
      next = shift(current.from, day - current.grabbed, bounds);
    } else {
      next = between(current.fixed, day, bounds);
    }
    setDraft(next);
    reportSoon(next);
  };

  const onPointerEnd = () => {
    drag.current = null;
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    if (draft) onChange(draft);
    setDraft(null);
  };

  const onHandleKey = (part: BrushPart) => (event: KeyboardEvent<SVGGElement>) => {
    if (!shown) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onChange(null);
      return;
    }
    const from = part === 'start' ? shown.first : shown.last;
    const target = keyTarget(event.key, event.shiftKey, from, bounds);
    if (target === null) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(moveEnd(shown, part, target, bounds));
  };

  const top = LAYOUT.brushTop;
  const height = LAYOUT.brushHeight;
  const clampX = (x: number) => Math.min(width + HANDLE_WIDTH, Math.max(-HANDLE_WIDTH, x));
  const x0 = shown ? clampX(xOfDay(view, width, shown.first)) : 0;
  const x1 = shown ? clampX(xOfDay(view, width, shown.last + 1)) : 0;

  // each handle sits outside its end of the range, so a one-day range still shows both
  const handle = (
    part: BrushPart,
    x: number,
    day: number,
    grip = (part === 'start' ? -1 : 1) * (HANDLE_WIDTH / 2),
  ) => (
    <g
      className="tl-handle"
      role="slider"
      tabIndex={0}
      aria-label={part === 'start' ? 'Range start' : 'Range end'}
      aria-valuemin={part === 'start' ? bounds.first : (shown?.first ?? bounds.first)}
      aria-valuemax={part === 'start' ? (shown?.last ?? bounds.last) : bounds.last}
      aria-valuenow={day}
      aria-valuetext={formatDay(day)}
      aria-orientation="horizontal"
      onKeyDown={onHandleKey(part)}
      transform={`translate(${x},${top})`}
    >
      <rect
        className="tl-focus-ring"
        x={(part === 'start' ? -HANDLE_WIDTH : 0) - 3}
        y={-3}
        width={HANDLE_WIDTH + 6}
        height={height + 6}
        rx={5}
      />
      {/* a 24px-wide target for fingers, wider than the grip that shows */}
      <rect
        data-part={part}
        className="tl-handle-target"
        x={part === 'start' ? -HANDLE_WIDTH - 6 : -4}
        y={0}
        width={HANDLE_WIDTH + 10}
        height={height}
      />
      <rect
        data-part={part}
        className="tl-handle-grip"
        x={part === 'start' ? -HANDLE_WIDTH : 0}
        y={0}
        width={HANDLE_WIDTH}
        height={height}
        rx={3}
      />
      <path
        className="tl-handle-lines"
        d={`M${grip - 2},${height / 2 - 6}v12M${grip + 2},${height / 2 - 6}v12`}
      />
    </g>
  );

  return (
    <g
      className="tl-brush"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
    >
      {shown && (
        <rect className="tl-brush-shade" x={x0} y={0} width={Math.max(0, x1 - x0)} height={top} />
      )}
      <rect
        data-part="track"
        className="tl-brush-track"
        x={0}
        y={top}
        width={width}
        height={height}
        rx={4}
      />
      {!shown && (
        <text className="tl-brush-hint" x={width / 2} y={top + height / 2} aria-hidden="true">
          Drag here to pick dates
        </text>
      )}
      {shown && (
        <>
          <rect
            data-part="bar"
            className="tl-brush-bar"
            x={x0}
            y={top}
            width={Math.max(0, x1 - x0)}
            height={height}
          />
          {handle('start', x0, shown.first)}
          {handle('end', x1, shown.last)}
        </>
      )}
    </g>
  );
});
