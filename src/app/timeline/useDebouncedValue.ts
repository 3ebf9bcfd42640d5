import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `delayMs`: a live region that speaks once per pan. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(
    function settleLater() {
      const timer = setTimeout(() => setSettled(value), delayMs);
      return function cancelSettle() {
        clearTimeout(timer);
      };
    },
    [value, delayMs],
  );
  return settled;
}
