/**
 * The place markers and group markers of the current view. Each is keyed by its place id (a
 * group by its seed place's), so a filter change updates the markers that stay in place: new
 * icon, count and label on the same element, which also keeps keyboard focus.
 */
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { memoByObject } from '../memo/memoByObject.ts';
import { KeyboardMarker } from './KeyboardMarker.tsx';
import { clusterIcon, placeIcon } from './markerIcon.ts';
import { groupLabel, placeLabel } from './markerLabels.ts';
import type { LayoutPlace, MapPlace } from './types.ts';
import { useClusters } from './useClusters.ts';

export interface PlaceMarkersProps {
  places: readonly MapPlace[];
  /** Every place of the corpus, grouped once per zoom level; `places` are those drawn. */
  layoutPlaces: readonly LayoutPlace[];
  selectedIds: ReadonlySet<string>;
  highlightedIds: ReadonlySet<string>;
  /** Per group of places (by index), the distinct visible events that mention any of them. */
  countGroups: (groups: readonly (readonly number[])[]) => number[];
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | null) => void;
}

// A place's icon and label, made once per MapPlace object: the object is kept while its count
// and demonym flag are (mapPlaces.ts), so a filter change labels only the places it changed.
const lookOf = memoByObject((p: MapPlace): { icon: L.DivIcon; label: string } => ({
  icon: placeIcon(p.kind, p.count, p.demonymOnly),
  label: placeLabel(p),
}));

interface GroupMarker {
  key: string;
  lat: number;
  lon: number;
  ids: string[];
  icon: L.DivIcon;
  label: string;
  places: MapPlace[];
}

export function PlaceMarkers({
  places,
  layoutPlaces,
  selectedIds,
  highlightedIds,
  countGroups,
  onSelect,
  onHover,
}: PlaceMarkersProps) {
  const map = useMap();
  const items = useClusters(places, layoutPlaces);

  // Counted once per set of groups, not again when only the highlight changes.
  const groups = useMemo(() => {
    const clusters = items.flatMap((item) => (item.type === 'cluster' ? [item] : []));
    const counts = countGroups(clusters.map((c) => c.places.map((p) => p.index)));
    return clusters.map((item, g): GroupMarker => {
      const events = counts[g] ?? 0;
      const members = item.places.map((p) => p.id);
      return {
        key: item.key,
        lat: item.lat,
        lon: item.lon,
        ids: members,
        icon: clusterIcon(events),
        label: groupLabel(
          item.places.map((p) => p.name),
          events,
        ),
        places: item.places,
      };
    });
  }, [items, countGroups]);

  const groupOf = useMemo(() => new Map(groups.map((g) => [g.key, g])), [groups]);
  // The markers' handlers are the same two functions for every render; they find the group by
  // its key in the groups last committed, so a memoised marker never calls a stale one.
  const groupsByKey = useRef(groupOf);
  useEffect(() => {
    groupsByKey.current = groupOf;
  }, [groupOf]);
  const handlers = useRef({ onSelect, onHover, map });
  useEffect(() => {
    handlers.current = { onSelect, onHover, map };
  });
  const activatePlace = useCallback((id: string) => handlers.current.onSelect(id), []);
  const hoverPlace = useCallback(
    (id: string, on: boolean) => handlers.current.onHover(on ? id : null),
    [],
  );
  const openGroup = useCallback((key: string) => {
    const group = groupsByKey.current.get(key);
    if (!group) return;
    const { map } = handlers.current;
    // In far enough to show the group's places apart, and at least one level.
    const bounds = L.latLngBounds(group.places.map((p) => L.latLng(p.lat, p.lon)));
    const zoom = Math.max(Math.round(map.getZoom()) + 1, map.getBoundsZoom(bounds));
    map.flyTo(bounds.getCenter(), Math.min(zoom, map.getMaxZoom()));
  }, []);

  // Keyed by group: a group that a filter change leaves with one visible place, or fills up
  // again, keeps its marker (moved and restyled), rather than losing it for a new one.
  return items.map((item) => {
    if (item.type === 'place') {
      const p = item.place;
      const { icon, label } = lookOf(p);
      return (
        <KeyboardMarker
          key={item.key}
          markerKey={p.id}
          lat={p.lat}
          lon={p.lon}
          icon={icon}
          label={label}
          selected={selectedIds.has(p.id)}
          highlighted={highlightedIds.has(p.id)}
          onActivate={activatePlace}
          onHover={hoverPlace}
        />
      );
    }
    const group = groupOf.get(item.key);
    if (!group) return null;
    return (
      <KeyboardMarker
        key={item.key}
        markerKey={group.key}
        lat={group.lat}
        lon={group.lon}
        icon={group.icon}
        label={group.label}
        selected={group.ids.some((id) => selectedIds.has(id))}
        highlighted={group.ids.some((id) => highlightedIds.has(id))}
        onActivate={openGroup}
        onHover={ignoreHover}
      />
    );
  });
}

/** A group has no single place to highlight elsewhere. */
function ignoreHover(): void {}
