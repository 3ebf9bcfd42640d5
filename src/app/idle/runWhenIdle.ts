/**
 * Runs the steps in turn, one per idle period (so input never waits behind more than one);
 * returns a function that cancels those not yet run. The filter passes' warm-ups (shell,
 * timeline slot, timeline) are scheduled with it.
 */
export function runWhenIdle(steps: readonly (() => void)[]): () => void {
  const left = [...steps];
  let handle: number | null = null;
  let cancelled = false;
  const next = () => {
    const step = left.shift();
    if (!step || cancelled) return;
    handle = whenIdle(() => {
      step();
      next();
    });
  };
  next();
  return () => {
    cancelled = true;
    if (handle !== null) cancelIdle(handle);
  };
}

// requestIdleCallback where there is one (not in every Safari), else a short timeout.
const whenIdle = (run: () => void): number =>
  typeof globalThis.requestIdleCallback === 'function'
    ? globalThis.requestIdleCallback(run, { timeout: 2000 })
    : (globalThis.setTimeout(run, 50) as unknown as number);
const cancelIdle = (handle: number): void =>
  typeof globalThis.cancelIdleCallback === 'function'
    ? globalThis.cancelIdleCallback(handle)
    : globalThis.clearTimeout(handle);
