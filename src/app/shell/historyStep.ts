/**
 * How a view change enters the browser history. 'push' makes a Back step. 'burst' is for
 * continuous input (typing a search, dragging the brush): consecutive changes of one kind within
 * a moment coalesce into one step. 'replace' (map pans and zooms) never makes one.
 */
export type HistoryMode = { mode: 'push' } | { mode: 'burst'; kind: string } | { mode: 'replace' };

export interface LastStep {
  /** The burst kind of the last step, or null when it was a plain push. */
  kind: string | null;
  at: number;
}

export const COALESCE_MS = 1500;

export function historyStep(
  change: HistoryMode,
  last: LastStep | null,
  now: number,
): 'push' | 'replace' {
  if (change.mode === 'replace') return 'replace';
  if (change.mode === 'push') return 'push';
  const sameBurst = last !== null && last.kind === change.kind && now - last.at < COALESCE_MS;
  return sameBurst ? 'replace' : 'push';
}
