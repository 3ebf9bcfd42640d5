/**
 * The view window as state. It starts at the padded domain and starts again there when the
 * domain changes; each change goes through the step functions of scale.ts, which clamp it.
 */
import { useCallback, useState } from 'react';
import { fullView, type View, type ViewLimits } from './scale.ts';

export type ViewChange = (view: View, limits: ViewLimits) => View;

export function useView(limits: ViewLimits) {
  const [state, setState] = useState(() => ({ limits, view: fullView(limits) }));
  let current = state;
  if (state.limits !== limits) {
    current = { limits, view: fullView(limits) };
    setState(current);
  }
  const changeView = useCallback((change: ViewChange) => {
    setState((s) => ({ limits: s.limits, view: change(s.view, s.limits) }));
  }, []);
  return [current.view, changeView] as const;
}
