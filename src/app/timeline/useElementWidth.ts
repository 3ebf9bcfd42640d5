import { useEffect, useRef, useState } from 'react';

/** The element's content width, kept current by a ResizeObserver (0 until first measured). */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(function observeWidth() {
    const element = ref.current;
    if (!element) return;
    // no ResizeObserver (jsdom, very old browsers): measure once
    if (typeof ResizeObserver === 'undefined') {
      const frame = requestAnimationFrame(() => setWidth(Math.floor(element.clientWidth)));
      return function cancelMeasure() {
        cancelAnimationFrame(frame);
      };
    }
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return function stopObservingWidth() {
      observer.disconnect();
    };
  }, []);
  return [ref, width] as const;
}
