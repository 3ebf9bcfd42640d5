/**
 * The timeline: density strip, items at their true precision, axis and brush, with zoom and pan.
 * A controlled component: the shell owns the date range (`selection`) and the selected item; the
 * view window (zoom and pan) is the timeline's own state.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Axis } from './Axis.tsx';
import { Brush } from './Brush.tsx';
import type { DaySpan } from './brushRange.ts';
import { binsFor } from './density.ts';
import { describeItemDate, summarise } from './describe.ts';
import { dayOf, isoOf } from './days.ts';
import { itemShape } from './drawPlot.ts';
import { buildItemIndex } from './itemIndex.ts';
import { ItemsSvg } from './ItemsSvg.tsx';
import { LAYOUT, MAX_SVG_ITEMS } from './layout.ts';
import { PlotCanvas } from './PlotCanvas.tsx';
import { countInWindow, itemsInWindow } from './query.ts';
import { fullView, panBy, viewLimitsFor, viewShowing, zoomAround } from './scale.ts';
import { ticksFor } from './ticks.ts';
import { Toolbar } from './Toolbar.tsx';
import type { TimelineItem, TimelineProps } from './types.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';
import { useElementWidth } from './useElementWidth.ts';
import { usePlotGestures } from './usePlotGestures.ts';
import { useView } from './useView.ts';
import './Timeline.css';

const ZOOM_STEP = 1.5;

export function Timeline(props: TimelineProps) {
  const { items, domain, selection, onSelectionChange, selectedId, highlightedIds } = props;
  const { onSelect, onHover } = props;
  const id = useId();
  const [plotRef, width] = useElementWidth<HTMLDivElement>();
  const index = useMemo(() => buildItemIndex(items, LAYOUT.laneCount), [items]);

  const domainFirst = dayOf(domain.start);
  const domainLast = Math.max(domainFirst, dayOf(domain.end));
  const limits = useMemo(() => viewLimitsFor(domainFirst, domainLast), [domainFirst, domainLast]);
  const bounds = useMemo(
    () => ({ first: domainFirst, last: domainLast }),
    [domainFirst, domainLast],
  );
  const [view, changeView] = useView(limits);

  const selected = useMemo(
    () => (selectedId === null ? -1 : index.indexOf(selectedId)),
    [index, selectedId],
  );
  // bring a newly selected item into view (adjusting state while rendering, as React advises
  // for state that follows a prop, so the first paint already shows it)
  const [revealed, setRevealed] = useState<string | null>(null);
  if (selectedId !== revealed) {
    setRevealed(selectedId);
    if (selected >= 0) {
      const start = index.starts[selected] as number;
      const end = index.ends[selected] as number;
      changeView((v, l) => viewShowing(v, start, end, l));
    }
  }

  const range = useMemo<DaySpan | null>(
    () => (selection ? { first: dayOf(selection.start), last: dayOf(selection.end) } : null),
    [selection],
  );
  const reportRange = (span: DaySpan | null) =>
    onSelectionChange(span ? { start: isoOf(span.first), end: isoOf(span.last) } : null);

  const inView = countInWindow(index, view.start, view.end);
  const asSvg = inView <= MAX_SVG_ITEMS;
  const visible = useMemo(
    () => (asSvg ? itemsInWindow(index, view.start, view.end) : []),
    [asSvg, index, view],
  );
  const ticks = useMemo(() => (width > 0 ? ticksFor(view, width) : []), [view, width]);
  const bins = useMemo(
    () => binsFor(index.density, view, Math.max(1, width)),
    [index, view, width],
  );
  const highlighted = useMemo(
    () => [...highlightedIds].map((hid) => index.indexOf(hid)).filter((i) => i >= 0),
    [highlightedIds, index],
  );
  const frame = useMemo(
    () => ({ index, view, width, bins, drawItems: !asSvg, highlighted, selected }),
    [index, view, width, bins, asSvg, highlighted, selected],
  );

  // the item under the pointer or focus; an index into `items`, so void once they change
  const [pointing, setPointing] = useState({ index, item: -1 });
  const pointed = pointing.index === index ? pointing.item : -1;
  const point = (item: number) => {
    if (item === pointed) return;
    setPointing({ index, item });
    onHover(item >= 0 ? (items[item] as TimelineItem).id : null);
  };
  // leaving an item unpoints it only if the pointer has not moved on to another since
  const focusItem = (item: number, focused: boolean) => {
    if (focused) point(item);
    else if (item === pointed) point(-1);
  };
  const pick = (item: number) => onSelect((items[item] as TimelineItem).id);

  const gestures = usePlotGestures(plotRef, {
    width,
    view,
    index,
    changeView,
    onPick: pick,
    onPoint: point,
  });

  const zoom = (factor: number) =>
    changeView((v, l) => zoomAround(v, factor, (v.start + v.end) / 2, l));
  const pan = (fraction: number) => changeView((v, l) => panBy(v, fraction * (v.end - v.start), l));
  const resetZoom = () => changeView((_, l) => fullView(l));
  const rangeFromView = () => {
    const first = Math.min(bounds.last, Math.max(bounds.first, Math.ceil(view.start)));
    const last = Math.max(first, Math.min(bounds.last, Math.floor(view.end) - 1));
    reportRange({ first, last });
  };

  const onPlotKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 0.5 : 0.1;
    if (event.key === '+' || event.key === '=') zoom(1 / ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoom(ZOOM_STEP);
    else if (event.key === 'ArrowLeft') pan(-step);
    else if (event.key === 'ArrowRight') pan(step);
    else if (event.key === '0' || event.key === 'Home') resetZoom();
    else if (event.key === 'Escape' && selection) reportRange(null);
    else return;
    event.preventDefault();
  };

  const n = items.length;
  // the padding around the domain holds no events: leave it out of the words
  const shownFirst = Math.min(
    Math.max(bounds.first, Math.ceil(view.start)),
    Math.ceil(view.end) - 1,
  );
  const summary = useDebouncedValue(
    summarise(
      n,
      n > 0 ? (index.byStart[0] as number) : 0,
      n > 0 ? (index.sortedEnds[n - 1] as number) - 1 : 0,
      shownFirst,
      Math.max(shownFirst, Math.min(bounds.last, Math.ceil(view.end) - 1)),
      inView,
    ),
    400,
  );
  const help = asSvg
    ? 'Tab moves through the events in date order; Enter selects one.'
    : 'Too many events here to step through: zoom in, or use the event list.';

  return (
    <div className="tl">
      <Toolbar
        onZoomIn={() => zoom(1 / ZOOM_STEP)}
        onZoomOut={() => zoom(ZOOM_STEP)}
        onResetZoom={resetZoom}
        onRangeFromView={rangeFromView}
        onClearRange={() => reportRange(null)}
        hasRange={selection !== null}
      />
      <div
        ref={plotRef}
        className={pointed >= 0 ? 'tl-plot tl-pointing' : 'tl-plot'}
        role="group"
        aria-label="Timeline"
        aria-describedby={`${id}-summary ${id}-keys`}
        tabIndex={0}
        onKeyDown={onPlotKey}
        style={{ height: LAYOUT.height }}
      >
        {width > 0 && (
          <>
            <PlotCanvas frame={frame} />
            <svg className="tl-svg" width={width} height={LAYOUT.height}>
              <g className="tl-plot-area" {...gestures}>
                <rect className="tl-hit-area" width={width} height={LAYOUT.brushTop - 2} />
                <Axis ticks={ticks} width={width} />
                {asSvg && (
                  <ItemsSvg
                    index={index}
                    visible={visible}
                    view={view}
                    width={width}
                    selected={selected}
                    highlightedIds={highlightedIds}
                    onSelect={pick}
                    onFocusItem={focusItem}
                  />
                )}
              </g>
              <Brush
                view={view}
                width={width}
                range={range}
                bounds={bounds}
                onChange={reportRange}
              />
            </svg>
            {pointed >= 0 && (
              <Tooltip
                item={items[pointed] as TimelineItem}
                x={itemShape(index, view, width, pointed).cx}
                width={width}
              />
            )}
          </>
        )}
      </div>
      <p id={`${id}-summary`} className="tl-summary" aria-live="polite">
        {summary}
      </p>
      <p id={`${id}-keys`} className="tl-sr-only">
        Plus and minus zoom, arrow keys pan, 0 resets the zoom, Escape clears the date range. {help}
      </p>
    </div>
  );
}

function Tooltip({ item, x, width }: { item: TimelineItem; x: number; width: number }) {
  const left = Math.min(Math.max(x, 90), Math.max(90, width - 90));
  return (
    <div className="tl-tooltip" style={{ left, top: LAYOUT.lanesTop - 6 }} aria-hidden="true">
      <strong>{item.label}</strong>
      <span>{describeItemDate(item)}</span>
    </div>
  );
}
