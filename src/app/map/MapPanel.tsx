import { AttributionControl, MapContainer, TileLayer } from 'react-leaflet';
import type { MapView } from '../../shared/urlState.ts';
import { BaseMapLayer } from './BaseMapLayer.tsx';
import { PlaceMarkers } from './PlaceMarkers.tsx';
import type { FlyRequest, LayoutPlace, MapPlace } from './types.ts';
import { useInvalidateOnResize } from './useInvalidateOnResize.ts';
import { ViewSync } from './ViewSync.tsx';
import './map.css';

export interface MapPanelProps {
  places: readonly MapPlace[];
  /** Every place of the corpus: the grouping of markers is made from these, once per zoom. */
  layoutPlaces: readonly LayoutPlace[];
  selectedIds: ReadonlySet<string>;
  highlightedIds: ReadonlySet<string>;
  /** ISO numeric codes of countries whose outline lights up. */
  litCountries: ReadonlySet<string>;
  view: MapView | null;
  /** What the first view fits when the URL has no map value. */
  initialPoints: readonly [number, number][];
  flyRequest: FlyRequest | null;
  /** Pixels on the right covered by an overlay (the place card), kept clear when flying. */
  insetRight: number;
  /** Distinct visible events per group of places, given by index (a cluster's count). */
  countGroups: (groups: readonly (readonly number[])[]) => number[];
  onSelectPlace: (placeId: string) => void;
  onHoverPlace: (placeId: string | null) => void;
  onViewChange: (view: MapView) => void;
}

// Online tiles only when a build is configured for them; the default map makes no outside request.
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL;
const TILE_ATTRIBUTION: string = import.meta.env.VITE_TILE_ATTRIBUTION ?? '';

function ResizeWatcher() {
  useInvalidateOnResize();
  return null;
}

/** The Leaflet map: offline outlines, optional tiles, place markers in clusters. */
export function MapPanel(props: MapPanelProps) {
  return (
    <MapContainer
      className="map"
      center={[30, 20]}
      zoom={2}
      minZoom={1}
      maxZoom={12}
      worldCopyJump
      attributionControl={false}
      keyboardPanDelta={120}
    >
      <AttributionControl prefix='<a href="https://leafletjs.com/">Leaflet</a>' />
      {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
      <BaseMapLayer litCountries={props.litCountries} filled={!TILE_URL} />
      <PlaceMarkers
        places={props.places}
        layoutPlaces={props.layoutPlaces}
        selectedIds={props.selectedIds}
        highlightedIds={props.highlightedIds}
        countGroups={props.countGroups}
        onSelect={props.onSelectPlace}
        onHover={props.onHoverPlace}
      />
      <ViewSync
        view={props.view}
        initialPoints={props.initialPoints}
        flyRequest={props.flyRequest}
        insetRight={props.insetRight}
        onViewChange={props.onViewChange}
      />
      <ResizeWatcher />
    </MapContainer>
  );
}
