/**
 * The timeline: density strip, items at their true precision, axis and brush, with zoom and pan.
 * A controlled component: the shell owns the date range (`selection`) and the selected item; the
 * view window (zoom and pan) is the timeline's own state. The items are indexed once (`index`);
 * a filter change remakes only what depends on which of them show (`shown`).
 */
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
} from 'react';
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
import { selectShown } from './shownItems.ts';
import { ticksFor } from './ticks.ts';
import { Toolbar } from './Toolbar.tsx';
import type { TimelineItem, TimelineProps } from './types.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';
import { useElementWidth } from './useElementWidth.ts';
import { usePlotGestures } from './usePlotGestures.ts';
import { warmFilterPaths } from './warmFilterPaths.ts';
import { useView, type ViewChange } from './useView.ts';
import './Timeline.css';

const ZOOM_STEP = 1.5;

const zoomStep =
  (factor: number): ViewChange =>
  (v, l) =>
    zoomAround(v, factor, (v.start + v.end) / 2, l);
const panStep =
  (fraction: number): ViewChange =>
  (v, l) =>
    panBy(v, fraction * (v.end - v.start), l);
const resetStep: ViewChange = (_, l) => fullView(l);

/** The view change a key makes on the plot (+ and − zoom, arrows pan, 0 resets), if any. */
function keyStep(key: string, shift: boolean): ViewChange | null {
  const step = shift ? 0.5 : 0.1;
  if (key === '+' || key === '=') return zoomStep(1 / ZOOM_STEP);
  if (key === '-' || key === '_') return zoomStep(ZOOM_STEP);
  if (key === 'ArrowLeft') return panStep(-step);
  if (key === 'ArrowRight') return panStep(step);
  if (key === '0' || key === 'Home') return resetStep;
  return null;
}

export function Timeline(props: TimelineProps) {
  const { items, visible, domain, selection, onSelectionChange, selectedId, highlightedIds } =
    props;
  const { onSelect, onHover } = props;
  const id = useId();
  const [plotRef, width] = useElementWidth<HTMLDivElement>();
  const index = useMemo(() => buildItemIndex(items, LAYOUT.laneCount), [items]);
  const shown = useMemo(() => selectShown(index, visible), [index, visible]);
  useEffect(
    function warmFilterPathsWhenIdle() {
      // any width will do: what the engine learns is the code's types, not the numbers
      return warmFilterPaths(index, 1000);
    },
    [index],
  );

  const domainFirst = dayOf(domain.start);
  const domainLast = Math.max(domainFirst, dayOf(domain.end));
  const limits = useMemo(() => viewLimitsFor(domainFirst, domainLast), [domainFirst, domainLast]);
  const bounds = useMemo(
    () => ({ first: domainFirst, last: domainLast }),
    [domainFirst, domainLast],
  );
  const [view, changeView] = useView(limits);

  // the selected item, if it shows; looked up once per selection, not per filter change
  const selectedItem = useMemo(
    () => (selectedId === null ? -1 : index.indexOf(selectedId)),
    [index, selectedId],
  );
  const selected = selectedItem >= 0 && shown.mask[selectedItem] === 1 ? selectedItem : -1;
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
  // stable, so that the brush and the toolbar need not re-render when only the items change
  const reportRange = useCallback(
    (span: DaySpan | null) =>
      onSelectionChange(span ? { start: isoOf(span.first), end: isoOf(span.last) } : null),
    [onSelectionChange],
  );

  const inView = countInWindow(shown, view.start, view.end);
  const asSvg = inView <= MAX_SVG_ITEMS;
  // The items as focusable SVG are many elements to make (three per item, up to MAX_SVG_ITEMS),
  // so they are made in a render of their own, after the frame that shows the change: React
  // renders this value's update at low priority. Until it has, the canvas draws the items, and
  // SVG items made for an earlier view are transparent. At 100,000 events, place picks that
  // brought the timeline under the limit reached their first frame 17 ms sooner (means of 12).
  const svgFor = useMemo(() => (asSvg ? { shown, view } : null), [asSvg, shown, view]);
  const svgMade = useDeferredValue(svgFor);
  const svgCurrent = svgMade !== null && svgMade === svgFor;
  const svgItems = useMemo(
    () => (svgMade ? itemsInWindow(svgMade.shown, svgMade.view.start, svgMade.view.end) : []),
    [svgMade],
  );
  const ticks = useMemo(() => (width > 0 ? ticksFor(view, width) : []), [view, width]);
  const bins = useMemo(
    () => binsFor(shown.density, view, Math.max(1, width)),
    [shown, view, width],
  );
  const highlighted = useMemo(() => {
    const out: number[] = [];
    for (const hid of highlightedIds) {
      const i = index.indexOf(hid);
      if (i >= 0 && shown.mask[i] === 1) out.push(i);
    }
    return out;
  }, [highlightedIds, index, shown]);
  const frame = useMemo(
    () => ({ shown, view, width, bins, drawItems: !svgCurrent, highlighted, selected }),
    [shown, view, width, bins, svgCurrent, highlighted, selected],
  );

  // the item under the pointer or focus, while it shows; an index into `items`, so void once
  // they change
  const [pointing, setPointing] = useState({ index, item: -1 });
  const pointed = pointing.index === index && shown.mask[pointing.item] === 1 ? pointing.item : -1;
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
    shown,
    changeView,
    onPick: pick,
    onPoint: point,
  });

  const zoom = useCallback((factor: number) => changeView(zoomStep(factor)), [changeView]);
  const resetZoom = useCallback(() => changeView(resetStep), [changeView]);
  const rangeFromView = useCallback(() => {
    const first = Math.min(bounds.last, Math.max(bounds.first, Math.ceil(view.start)));
    const last = Math.max(first, Math.min(bounds.last, Math.floor(view.end) - 1));
    reportRange({ first, last });
  }, [bounds, view, reportRange]);
  const zoomIn = useCallback(() => zoom(1 / ZOOM_STEP), [zoom]);
  const zoomOut = useCallback(() => zoom(ZOOM_STEP), [zoom]);
  const clearRange = useCallback(() => reportRange(null), [reportRange]);

  const onPlotKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const change = keyStep(event.key, event.shiftKey);
    if (change) {
      // A focused item that the new view does not draw as SVG (out of the window, or the window
      // too full: canvas) would take the focus with it (to the page) when it goes: the plot
      // takes it first.
      const focused = event.target instanceof Element ? event.target.closest('[data-item]') : null;
      const item = focused ? Number(focused.getAttribute('data-item')) : -1;
      const next = change(view, limits);
      const kept =
        (index.starts[item] ?? 0) < next.end &&
        (index.ends[item] ?? 0) > next.start &&
        countInWindow(shown, next.start, next.end) <= MAX_SVG_ITEMS;
      if (item >= 0 && !kept) plotRef.current?.focus();
      changeView(change);
    } else if (event.key === 'Escape' && selection) reportRange(null);
    else return;
    event.preventDefault();
  };

  const n = shown.count;
  const itemsFirst = shown.firstDay;
  const itemsLast = shown.pastDay - 1;
  // the padding around the domain holds no events: leave it out of the words
  const viewFirst = Math.min(
    Math.max(bounds.first, Math.ceil(view.start)),
    Math.ceil(view.end) - 1,
  );
  const viewLast = Math.max(viewFirst, Math.min(bounds.last, Math.ceil(view.end) - 1));
  const words = useMemo(
    () => summarise(n, itemsFirst, itemsLast, viewFirst, viewLast, inView),
    [n, itemsFirst, itemsLast, viewFirst, viewLast, inView],
  );
  const help = asSvg
    ? 'Tab moves through the events in date order; Enter selects one.'
    : 'Too many events here to step through: zoom in, or use the event list.';

  return (
    <div className="tl">
      <Toolbar
        onZoomIn={zoomIn}
        onZoomOut={zoomOut}
        onResetZoom={resetZoom}
        onRangeFromView={rangeFromView}
        onClearRange={clearRange}
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
                {svgMade && (
                  <ItemsSvg
                    index={index}
                    visible={svgItems}
                    view={svgMade.view}
                    current={svgCurrent}
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
      <LiveSummary id={`${id}-summary`} words={words} />
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

/**
 * The summary as a live region: spoken once the words have stopped changing (once per pan, not
 * per frame). Its own component, so that the settled words re-render only this paragraph, not
 * the whole timeline 400 ms after each change.
 */
const LiveSummary = memo(function LiveSummary({ id, words }: { id: string; words: string }) {
  const summary = useDebouncedValue(words, 400);
  return (
    <p id={id} className="tl-summary" aria-live="polite">
      {summary}
    </p>
  );
});
