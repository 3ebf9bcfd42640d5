import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { KeyboardMarker } from './KeyboardMarker.tsx';
import { clusterIcon, placeIcon } from './markerIcon.ts';
import type { MapPlace } from './types.ts';
import { useClusters } from './useClusters.ts';

export interface PlaceMarkersProps {
  places: readonly MapPlace[];
  selectedIds: ReadonlySet<string>;
  highlightedIds: ReadonlySet<string>;
  /** Distinct visible events that mention any of these places (a cluster's count). */
  countEvents: (placeIds: readonly string[]) => number;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | null) => void;
}

const KIND_WORD: Record<MapPlace['kind'], string> = {
  country: 'country',
  region: 'region',
  admin1: 'province',
  city: 'town',
  other: 'place',
};

function placeLabel(p: MapPlace): string {
  const where = p.countryName && p.kind !== 'country' ? `, ${p.countryName}` : '';
  const events = `${p.count} event${p.count === 1 ? '' : 's'}`;
  return `${p.name} (${KIND_WORD[p.kind]}${where}): ${events}${p.demonymOnly ? ', demonym only' : ''}`;
}

export function PlaceMarkers({
  places,
  selectedIds,
  highlightedIds,
  countEvents,
  onSelect,
  onHover,
}: PlaceMarkersProps) {
  const map = useMap();
  const items = useClusters(places);
  const byId = new Map(places.map((p) => [p.id, p]));

  return items.map((item) => {
    if (item.type === 'place') {
      const p = item.place;
      return (
        <KeyboardMarker
          key={p.id}
          lat={p.lat}
          lon={p.lon}
          icon={placeIcon(p.kind, p.count, p.demonymOnly)}
          label={placeLabel(p)}
          selected={selectedIds.has(p.id)}
          highlighted={highlightedIds.has(p.id)}
          onActivate={() => onSelect(p.id)}
          onHover={(on) => onHover(on ? p.id : null)}
        />
      );
    }
    const events = countEvents(item.placeIds);
    const names = item.placeIds.slice(0, 4).map((id) => byId.get(id)?.name ?? id);
    const more =
      item.placeIds.length > names.length ? ` and ${item.placeIds.length - names.length} more` : '';
    return (
      <KeyboardMarker
        key={`cluster-${item.clusterId}`}
        lat={item.lat}
        lon={item.lon}
        icon={clusterIcon(events)}
        label={`Group of ${item.placeIds.length} places, ${events} events: ${names.join(', ')}${more}. Zoom in`}
        selected={item.placeIds.some((id) => selectedIds.has(id))}
        highlighted={item.placeIds.some((id) => highlightedIds.has(id))}
        onActivate={() => {
          // In far enough to show the group's places apart, and at least one level.
          const bounds = L.latLngBounds(
            item.placeIds.flatMap((id) => {
              const p = byId.get(id);
              return p ? [L.latLng(p.lat, p.lon)] : [];
            }),
          );
          const zoom = Math.max(Math.round(map.getZoom()) + 1, map.getBoundsZoom(bounds));
          map.flyTo(bounds.getCenter(), Math.min(zoom, map.getMaxZoom()));
        }}
        onHover={() => undefined}
      />
    );
  });
}
