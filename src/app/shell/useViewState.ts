import { useCallback, useEffect, useRef, useState } from 'react';
import {
  decodeViewState,
  encodeViewState,
  type KnownIds,
  type ViewState,
} from '../../shared/urlState.ts';
import { historyStep, type HistoryMode, type LastStep } from './historyStep.ts';

function urlFor(state: ViewState): string {
  const query = encodeViewState(state);
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/**
 * The view state, kept in step with the URL: decoded once from the address the page opened
 * with (and again on Back/Forward), written back canonically on every change.
 */
export function useViewState(known: KnownIds) {
  const [initial] = useState(() => decodeViewState(window.location.search, known));
  const [state, setState] = useState<ViewState>(initial.state);
  const [dropped, setDropped] = useState<string[]>(initial.dropped);
  const current = useRef(initial.state);
  const lastStep = useRef<LastStep | null>(null);

  useEffect(function writeCanonicalInitialUrl() {
    // A link with dropped or non-canonical parts is rewritten, so copying it again is clean.
    window.history.replaceState(null, '', urlFor(current.current));
  }, []);

  useEffect(
    function followBackAndForward() {
      function onPopState() {
        const next = decodeViewState(window.location.search, known).state;
        current.current = next;
        lastStep.current = null;
        setState(next);
      }
      window.addEventListener('popstate', onPopState);
      return function stopFollowingHistory() {
        window.removeEventListener('popstate', onPopState);
      };
    },
    [known],
  );

  const update = useCallback(
    (change: Partial<ViewState> | ((s: ViewState) => ViewState), history: HistoryMode) => {
      const prev = current.current;
      const next = typeof change === 'function' ? change(prev) : { ...prev, ...change };
      if (encodeViewState(next) === encodeViewState(prev)) return;
      current.current = next;
      const now = Date.now();
      if (historyStep(history, lastStep.current, now) === 'replace') {
        window.history.replaceState(null, '', urlFor(next));
      } else window.history.pushState(null, '', urlFor(next));
      if (history.mode !== 'replace') {
        lastStep.current = { kind: history.mode === 'burst' ? history.kind : null, at: now };
      }
      setState(next);
    },
    [],
  );

  const dismissDropped = useCallback(() => setDropped([]), []);

  return { state, update, dropped, dismissDropped };
}
