import L from 'leaflet';
import { memo, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { RestylingDivIcon } from './markerIcon.ts';

export interface KeyboardMarkerProps {
  /** Passed back to the handlers, so that they can be the same functions for every marker. */
  markerKey: string;
  lat: number;
  lon: number;
  icon: L.DivIcon;
  /** The accessible name. */
  label: string;
  selected: boolean;
  highlighted: boolean;
  onActivate: (markerKey: string) => void;
  onHover: (markerKey: string, on: boolean) => void;
}

/**
 * A Leaflet marker that is a real button for keyboard users: focusable (Leaflet's keyboard
 * option), Enter and Space activate. Selection and highlight are toggled as classes on
 * the same element, so focus is never lost to a re-created icon. Memoised: with handlers that
 * take the key, a filter change re-renders only the markers whose look or label it changed.
 */
export const KeyboardMarker = memo(function KeyboardMarker({
  markerKey,
  lat,
  lon,
  icon,
  label,
  selected,
  highlighted,
  onActivate,
  onHover,
}: KeyboardMarkerProps) {
  const map = useMap();
  const markerRef = useRef<L.Marker | null>(null);
  const handlers = useRef({ markerKey, onActivate, onHover });
  useEffect(() => {
    handlers.current = { markerKey, onActivate, onHover };
  });

  // Created once, with the first position and icon; later ones are applied to the same marker.
  const first = useRef({ lat, lon, icon });
  useEffect(
    function addMarker() {
      const { lat, lon, icon } = first.current;
      const marker = L.marker([lat, lon], { icon, keyboard: true, riseOnHover: true }).addTo(map);
      marker.on('click', () => handlers.current.onActivate(handlers.current.markerKey));
      const el = marker.getElement();
      const hover = (on: boolean) => handlers.current.onHover(handlers.current.markerKey, on);
      const hoverOn = () => hover(true);
      const hoverOff = () => hover(false);
      // Enter and Space activate; preventDefault also stops the keypress that Leaflet's own
      // keyboard handling would turn into a second click.
      const onKey = (e: KeyboardEvent) => {
        if (e.key === ' ' || e.key === 'Enter') {
          e.preventDefault();
          handlers.current.onActivate(handlers.current.markerKey);
        }
      };
      el?.addEventListener('mouseenter', hoverOn);
      el?.addEventListener('mouseleave', hoverOff);
      el?.addEventListener('focus', hoverOn);
      el?.addEventListener('blur', hoverOff);
      el?.addEventListener('keydown', onKey);
      markerRef.current = marker;
      return function removeMarker() {
        marker.remove();
        markerRef.current = null;
      };
    },
    [map],
  );

  useEffect(
    function moveAndRestyleMarker() {
      const marker = markerRef.current;
      if (!marker) return;
      const at = marker.getLatLng();
      if (at.lat !== lat || at.lng !== lon) marker.setLatLng([lat, lon]);
      const previous = marker.options.icon;
      if (previous === icon) return;
      const el = marker.getElement();
      if (el && icon instanceof RestylingDivIcon && previous instanceof RestylingDivIcon) {
        icon.restyle(el, previous);
        marker.options.icon = icon;
      } else {
        // A div icon re-uses its element: focus, listeners and attributes stay, but the classes
        // are reset, so the state's are set again.
        marker.setIcon(icon);
        markState(marker, selected, highlighted);
      }
    },
    [lat, lon, icon, selected, highlighted],
  );

  useEffect(
    function labelMarker() {
      const el = markerRef.current?.getElement();
      el?.setAttribute('aria-label', label);
      el?.setAttribute('title', label);
    },
    [label],
  );

  useEffect(
    function markMarkerState() {
      const marker = markerRef.current;
      if (marker) markState(marker, selected, highlighted);
    },
    [selected, highlighted],
  );

  return null;
});

/**
 * Selection and highlight as classes and aria-pressed; a marked marker is raised above the others.
 * The z-index offset is set only when it changes: Leaflet re-projects the marker to apply it.
 */
function markState(marker: L.Marker, selected: boolean, highlighted: boolean): void {
  const el = marker.getElement();
  if (!el) return;
  el.setAttribute('aria-pressed', String(selected));
  el.classList.toggle('is-selected', selected);
  el.classList.toggle('is-highlighted', highlighted);
  const offset = selected || highlighted ? 1000 : 0;
  if ((marker.options.zIndexOffset ?? 0) !== offset) marker.setZIndexOffset(offset);
}
