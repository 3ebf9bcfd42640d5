/**
 * The markers the map draws for its current view: the drawn places grouped where they would
 * overlap at the current zoom (see clusterPlaces.ts), only those inside the view.
 */
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { clusterPlaces } from './clusterPlaces.ts';
import type { MapPlace } from './types.ts';

export type ClusterOrPlace =
  | { type: 'place'; place: MapPlace }
  | {
      type: 'cluster';
      /** The id of the place that seeded the group: stable while the group keeps its seed. */
      key: string;
      lat: number;
      lon: number;
      places: MapPlace[];
    };

/** Above this zoom every place stands alone. */
const CLUSTER_MAX_ZOOM = 8;
/** Places closer than this many pixels are grouped. */
const CLUSTER_RADIUS = 44;

/**
 * Groups are recomputed when the places change (i.e. when the filters do), so a group only ever
 * holds visible places, and when the zoom level changes; a pan only re-selects what is in view.
 */
export function useClusters(places: readonly MapPlace[]): ClusterOrPlace[] {
  const map = useMap();
  const [view, setView] = useState(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }));
  const level = Math.round(view.zoom);

  const groups = useMemo((): ClusterOrPlace[] => {
    if (level > CLUSTER_MAX_ZOOM) return places.map((place) => ({ type: 'place', place }));
    return clusterPlaces(places, level, CLUSTER_RADIUS).map((g) => {
      const seed = places[g.seed] as MapPlace;
      return g.members.length === 1
        ? { type: 'place', place: seed }
        : {
            type: 'cluster',
            key: seed.id,
            lat: g.lat,
            lon: g.lon,
            places: g.members.map((i) => places[i] as MapPlace),
          };
    });
  }, [places, level]);

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
