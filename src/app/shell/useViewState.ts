import { useCallback, useEffect, useRef, useState } from 'react';
import {
  decodeViewState,
  encodeViewState,
  type KnownIds,
  type ViewState,
} from '../../shared/urlState.ts';
import { dropPendingAddress, flushAddress, pushAddress, replaceAddress } from './addressBar.ts';
import { historyStep, type HistoryMode, type LastStep } from './historyStep.ts';

function urlOf(query: string): string {
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
  // The current state's query, so a change encodes only the new state, once.
  const currentQuery = useRef(encodeViewState(initial.state));
  const lastStep = useRef<LastStep | null>(null);

  useEffect(function writeCanonicalInitialUrl() {
    // A link with dropped or non-canonical parts is rewritten, so copying it again is clean.
    window.history.replaceState(null, '', urlOf(currentQuery.current));
  }, []);

  useEffect(
    function followBackAndForward() {
      function onPopState() {
        dropPendingAddress();
        const next = decodeViewState(window.location.search, known).state;
        current.current = next;
        currentQuery.current = encodeViewState(next);
        lastStep.current = null;
        setState(next);
      }
      window.addEventListener('popstate', onPopState);
      // A page left within a frame of a change still leaves its address behind.
      window.addEventListener('pagehide', flushAddress);
      return function stopFollowingHistory() {
        window.removeEventListener('popstate', onPopState);
        window.removeEventListener('pagehide', flushAddress);
      };
    },
    [known],
  );

  const update = useCallback(
    (change: Partial<ViewState> | ((s: ViewState) => ViewState), history: HistoryMode) => {
      const prev = current.current;
      const next = typeof change === 'function' ? change(prev) : { ...prev, ...change };
      const query = encodeViewState(next);
      if (query === currentQuery.current) return;
      current.current = next;
      currentQuery.current = query;
      const now = Date.now();
      if (historyStep(history, lastStep.current, now) === 'replace') replaceAddress(urlOf(query));
      else pushAddress(urlOf(query));
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
