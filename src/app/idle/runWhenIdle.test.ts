import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWhenIdle } from './runWhenIdle.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('runWhenIdle', () => {
  it('runs one step per idle period, in order, and stops when cancelled', () => {
    const queued: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => queued.push(run));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => {
      queued[handle - 1] = () => undefined;
    });
    const ran: number[] = [];
    const cancel = runWhenIdle([1, 2, 3].map((n) => () => void ran.push(n)));
    expect(ran).toEqual([]);
    queued[0]?.();
    expect(ran).toEqual([1]);
    queued[1]?.();
    expect(ran).toEqual([1, 2]);
    cancel();
    queued[2]?.();
    expect(ran).toEqual([1, 2]);
  });

  it('falls back to timeouts where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.stubGlobal('cancelIdleCallback', undefined);
    const ran: number[] = [];
    runWhenIdle([1, 2].map((n) => () => void ran.push(n)));
    vi.advanceTimersByTime(50);
    expect(ran).toEqual([1]);
    vi.advanceTimersByTime(50);
    expect(ran).toEqual([1, 2]);
  });
});
