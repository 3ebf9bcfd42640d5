/**
 * Pointer gestures on the plot (everything above the brush track): drag to pan, pinch or wheel
 * to zoom around the pointer, tap or click to select the item under it, hover to point at one.
 * Items on canvas and in SVG are hit-tested the same way, from the pointer's position.
 */
import { useEffect, useRef, type PointerEvent, type RefObject } from 'react';
import { hitTest } from './hitTest.ts';
import { dayOfX, panBy, zoomAround, type View } from './scale.ts';
import type { ShownItems } from './shownItems.ts';
import type { ViewChange } from './useView.ts';

interface PlotGestureOptions {
  width: number;
  view: View;
  shown: ShownItems;
  changeView: (change: ViewChange) => void;
  /** A click or tap on an item. */
  onPick: (item: number) => void;
  /** The item under a hovering pointer, or -1. */
  onPoint: (item: number, x: number, y: number) => void;
}

interface Point {
  x: number;
  y: number;
}

const TAP_SLOP_PX = 5;
const WHEEL_ZOOM_RATE = 0.0015;

/**
 * The item drawn under the pointer: the SVG item on top there (what the user sees), else the
 * nearest by geometry within a few pixels (canvas items, or a near miss of a small dot).
 */
function itemUnder(shown: ShownItems, view: View, width: number, point: Point, client: Point) {
  const element = document.elementFromPoint(client.x, client.y)?.closest('[data-item]');
  const item = element ? Number(element.getAttribute('data-item')) : -1;
  if (item >= 0 && shown.mask[item] === 1) return item;
  return hitTest(shown, view, width, point.x, point.y);
}

function localPoint(event: PointerEvent<SVGElement>): Point {
  const svg = event.currentTarget.ownerSVGElement ?? event.currentTarget;
  const box = svg.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

function distance(a: Point, b: Point) {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function usePlotGestures(
  container: RefObject<HTMLElement | null>,
  options: PlotGestureOptions,
) {
  const { width, view, shown, changeView, onPick, onPoint } = options;
  const pointers = useRef(new Map<number, Point>());
  const travelled = useRef(0);

  useEffect(
    function zoomOnWheel() {
      const element = container.current;
      if (!element || width <= 0) return;
      const onWheel = (event: WheelEvent) => {
        const svg = element.querySelector('svg');
        if (!svg) return;
        event.preventDefault();
        const x = event.clientX - svg.getBoundingClientRect().left;
        const scale = event.deltaMode === 1 ? 16 : 1;
        if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
          changeView((v, limits) =>
            panBy(v, ((event.deltaX * scale) / width) * (v.end - v.start), limits),
          );
        } else {
          const factor = Math.exp(event.deltaY * scale * WHEEL_ZOOM_RATE);
          changeView((v, limits) => zoomAround(v, factor, dayOfX(v, width, x), limits));
        }
      };
      element.addEventListener('wheel', onWheel, { passive: false });
      return function stopZoomOnWheel() {
        element.removeEventListener('wheel', onWheel);
      };
    },
    [container, width, changeView],
  );

  const onPointerDown = (event: PointerEvent<SVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, localPoint(event));
    travelled.current = 0;
  };

  const onPointerMove = (event: PointerEvent<SVGElement>) => {
    const point = localPoint(event);
    const active = pointers.current;
    const previous = active.get(event.pointerId);
    if (!previous) {
      if (event.pointerType === 'mouse') {
        const client = { x: event.clientX, y: event.clientY };
        onPoint(itemUnder(shown, view, width, point, client), point.x, point.y);
      }
      return;
    }
    const others = [...active.entries()].filter(([id]) => id !== event.pointerId);
    active.set(event.pointerId, point);
    const other = others[0]?.[1];
    if (other) {
      // pinch: zoom by the change in finger distance around the fingers' midpoint
      const before = distance(previous, other);
      const after = distance(point, other);
      const midBefore = (previous.x + other.x) / 2;
      const midAfter = (point.x + other.x) / 2;
      travelled.current += Math.abs(after - before) + 2 * TAP_SLOP_PX;
      if (after < 1) return;
      changeView((v, limits) => {
        const zoomed = zoomAround(v, before / after, dayOfX(v, width, midBefore), limits);
        const span = zoomed.end - zoomed.start;
        return panBy(zoomed, (-(midAfter - midBefore) / width) * span, limits);
      });
      return;
    }
    const dx = point.x - previous.x;
    travelled.current += Math.abs(dx) + Math.abs(point.y - previous.y);
    if (travelled.current > TAP_SLOP_PX && dx !== 0) {
      changeView((v, limits) => panBy(v, (-dx / width) * (v.end - v.start), limits));
    }
  };

  const onPointerUp = (event: PointerEvent<SVGElement>) => {
    const active = pointers.current;
    if (!active.has(event.pointerId)) return;
    const wasSingle = active.size === 1;
    active.delete(event.pointerId);
    if (wasSingle && travelled.current <= TAP_SLOP_PX) {
      const point = localPoint(event);
      const item = itemUnder(shown, view, width, point, { x: event.clientX, y: event.clientY });
      if (item >= 0) onPick(item);
    }
  };

  const onPointerCancel = (event: PointerEvent<SVGElement>) => {
    pointers.current.delete(event.pointerId);
  };

  const onPointerLeave = (event: PointerEvent<SVGElement>) => {
    if (event.pointerType === 'mouse' && pointers.current.size === 0) onPoint(-1, 0, 0);
  };

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onPointerLeave };
}
