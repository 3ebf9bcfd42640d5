import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { afterNextPaint } from '../idle/afterNextPaint.ts';
import { loadBasemap, type CountryFeature } from './loadBasemap.ts';
import { projectingOutlinesOnce } from './projectOutlinesOnce.ts';

const ATTRIBUTION =
  'Outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a> via world-atlas · ' +
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';

export interface BaseMapLayerProps {
  /** ISO 3166-1 numeric codes (world-atlas feature ids) of countries to light up. */
  litCountries: ReadonlySet<string>;
  /** Draw the land fill; off when an online tile layer supplies it. */
  filled: boolean;
}

function styleFor(lit: boolean, filled: boolean): L.PathOptions {
  return lit
    ? { color: '#b4540a', weight: 2, fillColor: '#f6c48a', fillOpacity: 0.55, opacity: 1 }
    : {
        color: '#9aa3ad',
        weight: 0.6,
        fillColor: '#f4f1ea',
        fillOpacity: filled ? 1 : 0,
        opacity: 1,
      };
}

/** Country outlines in their own pane under the markers; lit countries are redrawn in place. */
export function BaseMapLayer({ litCountries, filled }: BaseMapLayerProps) {
  const map = useMap();
  const layerRef = useRef<L.GeoJSON | null>(null);
  const [failed, setFailed] = useState(false);
  // What each country was last styled as, so a change restyles only the countries it lights or
  // unlights: restyling all ~240 outlines set ~1,000 SVG attributes on every place pick.
  const [styled] = useState(() => new Map<L.Path, boolean>());

  useEffect(
    function addOutlines() {
      let cancelled = false;
      let cancelAdding = () => {};
      loadBasemap().then(
        (data) => {
          if (cancelled) return;
          // After the frame that shows the corpus: making the outlines' ~240 paths took about
          // 200 ms of a 100,000-event load here, and the places and events matter more.
          cancelAdding = afterNextPaint(() => {
            if (!map.getPane('basemap')) map.createPane('basemap').style.zIndex = '250';
            layerRef.current = L.geoJSON(data, {
              pane: 'basemap',
              interactive: false,
              attribution: ATTRIBUTION,
              style: () => styleFor(false, filled),
              onEachFeature: projectingOutlinesOnce(map),
            }).addTo(map);
            map.fire('basemapload');
          });
        },
        () => {
          if (!cancelled) setFailed(true);
        },
      );
      return function removeOutlines() {
        cancelled = true;
        cancelAdding();
        layerRef.current?.remove();
        layerRef.current = null;
        styled.clear();
      };
    },
    [map, filled, styled],
  );

  useEffect(
    function lightCountries() {
      const restyle = () =>
        layerRef.current?.eachLayer((layer) => {
          const path = layer as L.Path & { feature?: CountryFeature };
          const lit = litCountries.has(String(path.feature?.id ?? ''));
          // The outlines are drawn unlit.
          if ((styled.get(path) ?? false) === lit) return;
          styled.set(path, lit);
          path.setStyle(styleFor(lit, filled));
        });
      restyle();
      map.on('basemapload', restyle);
      return function stopLightingCountries() {
        map.off('basemapload', restyle);
      };
    },
    [map, litCountries, filled, styled],
  );

  return failed ? (
    <p className="map__notice" role="status">
      The base map could not be loaded; places are still shown.
    </p>
  ) : null;
}
