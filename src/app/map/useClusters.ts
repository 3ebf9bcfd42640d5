/**
 * The markers the map draws for its current view: the drawn places grouped where they would
 * overlap at the current zoom (see clusterPlaces.ts), only those inside the view.
 */
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { clusterPlaces } from './clusterPlaces.ts';
import type { LayoutPlace, MapPlace } from './types.ts';
import { visibleGroups, type ClusterOrPlace } from './visibleGroups.ts';

/** Above this zoom every place stands alone. */
const CLUSTER_MAX_ZOOM = 8;
/** Places closer than this many pixels are grouped. */
const CLUSTER_RADIUS = 44;

/**
 * The corpus's places are grouped once per zoom level (`layoutPlaces`, all of them); a filter
 * change only shows each group's visible places (visibleGroups.ts); a pan only re-selects what
 * is in view.
 */
export function useClusters(
  places: readonly MapPlace[],
  layoutPlaces: readonly LayoutPlace[],
): ClusterOrPlace[] {
  const map = useMap();
  const [view, setView] = useState(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }));
  const level = Math.round(view.zoom);

  const layout = useMemo(
    () => (level > CLUSTER_MAX_ZOOM ? null : clusterPlaces(layoutPlaces, level, CLUSTER_RADIUS)),
    [layoutPlaces, level],
  );
  const groups = useMemo(
    (): ClusterOrPlace[] =>
      layout === null
        ? places.map((place) => ({ type: 'place', key: place.id, place }))
        : visibleGroups(layout, layoutPlaces, places),
    [layout, layoutPlaces, places],
  );

  useEffect(
    function followMapView() {
      const onMove = () => setView({ zoom: map.getZoom(), bounds: map.getBounds() });
      map.on('moveend', onMove);
      return function stopFollowingMapView() {
        map.off('moveend', onMove);
      };
    },
    [map],
  );

  return useMemo(() => {
    const { bounds } = view;
    const west = bounds.getWest();
    const east = bounds.getEast();
    // A view wider than the world (or across the date line) shows everything.
    if (east - west >= 360 || west < -180 || east > 180) return groups;
    // A small margin, so that markers straddling the edge are drawn.
    const padX = (east - west) / 20;
    const south = bounds.getSouth();
    const north = bounds.getNorth();
    const padY = (north - south) / 20;
    return groups.filter((g) => {
      const { lat, lon } = g.type === 'place' ? g.place : g;
      return lon >= west - padX && lon <= east + padX && lat >= south - padY && lat <= north + padY;
    });
  }, [groups, view]);
}
