import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Leaflet measures its container once; on the phone layout the map starts in a hidden tab, so it
 * must re-measure whenever the container's size changes.
 */
export function useInvalidateOnResize() {
  const map = useMap();
  useEffect(
    function watchContainerSize() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', 'Map (arrow keys pan, plus and minus zoom)');
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: true }));
      observer.observe(container);
      return function stopWatchingContainerSize() {
        observer.disconnect();
      };
    },
    [map],
  );
}
