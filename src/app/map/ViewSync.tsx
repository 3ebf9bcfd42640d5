import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { normaliseMapView, type MapView } from '../../shared/urlState.ts';
import { afterNextPaint } from '../idle/afterNextPaint.ts';
import type { FlyRequest } from './types.ts';

export interface ViewSyncProps {
  /** The view the URL asks for; null lets the map fit `initialPoints`. */
  view: MapView | null;
  initialPoints: readonly [number, number][];
  flyRequest: FlyRequest | null;
  /** Pixels on the map's right covered by an overlay, kept clear when flying. */
  insetRight: number;
  onViewChange: (view: MapView) => void;
}

function currentView(map: L.Map): MapView {
  const c = map.getCenter();
  return normaliseMapView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
}

const same = (a: MapView, b: MapView) => a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom;

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Keeps the Leaflet map and the URL's `map` value in step in both directions, and carries out
 * fly-to requests (selecting an event flies to its places).
 */
export function ViewSync({
  view,
  initialPoints,
  flyRequest,
  insetRight,
  onViewChange,
}: ViewSyncProps) {
  const map = useMap();
  const report = useRef(onViewChange);
  // Read when the first fit happens (which may wait for the map to be shown), not followed.
  const inset = useRef(insetRight);
  useEffect(() => {
    report.current = onViewChange;
    inset.current = insetRight;
  });

  // The last view the map itself reported: when the URL comes back with it, the map is already
  // there (or has moved on, mid-flight) and must not be set back to it.
  const reported = useRef<MapView | null>(null);
  useEffect(
    function reportMoves() {
      const onMoveEnd = () => {
        const moved = currentView(map);
        reported.current = moved;
        report.current(moved);
      };
      map.on('moveend', onMoveEnd);
      return function stopReportingMoves() {
        map.off('moveend', onMoveEnd);
      };
    },
    [map],
  );

  const fitted = useRef(false);
  useEffect(
    function applyUrlView() {
      if (view) {
        fitted.current = true;
        if (reported.current && same(view, reported.current)) return;
        if (!same(view, currentView(map)))
          map.setView([view.lat, view.lon], view.zoom, { animate: false });
      } else if (!fitted.current) {
        // A map in a hidden tab has no size, and fitting it would pick a nonsense zoom: wait
        // until it is shown.
        const fit = () => {
          if (fitted.current || map.getSize().x === 0) return;
          fitted.current = true;
          if (initialPoints.length > 0) {
            const right = Math.min(inset.current, map.getSize().x / 2);
            map.fitBounds(L.latLngBounds(initialPoints.map(([lat, lon]) => L.latLng(lat, lon))), {
              paddingTopLeft: [40, 40],
              paddingBottomRight: [40 + right, 40],
              maxZoom: 6,
              animate: false,
            });
          } else map.setView([20, 10], 2, { animate: false });
        };
        fit();
        map.on('resize', fit);
        return function stopWaitingToFit() {
          map.off('resize', fit);
        };
      }
    },
    [map, view, initialPoints],
  );

  const lastFly = useRef<number | null>(null);
  useEffect(
    function flyToRequestedPoints() {
      if (!flyRequest || flyRequest.key === lastFly.current || flyRequest.points.length === 0)
        return;
      // After the frame that shows the change that asked for it: the flight's first step moves
      // every marker and outline, and the filtered views should not wait for it. A request
      // replaced (or an inset changed) before then is flown with what holds then.
      return afterNextPaint(function fly() {
        lastFly.current = flyRequest.key;
        const bounds = L.latLngBounds(flyRequest.points.map(([lat, lon]) => L.latLng(lat, lon)));
        // Keep the target clear of whatever covers the map's right side (the place card).
        const right = Math.min(insetRight, map.getSize().x / 2);
        const options: L.FitBoundsOptions = {
          paddingTopLeft: [40, 40],
          paddingBottomRight: [40 + right, 40],
          maxZoom: flyRequest.maxZoom,
        };
        if (reducedMotion()) map.fitBounds(bounds, { ...options, animate: false });
        else map.flyToBounds(bounds, { ...options, duration: 0.6 });
      });
    },
    [map, flyRequest, insetRight],
  );

  return null;
}
