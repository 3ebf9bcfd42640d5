import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildItemIndex } from './itemIndex.ts';
import { selectShown } from './shownItems.ts';
import { FIXTURE } from './testItems.ts';
import { runFilterPaths, sampleLists, warmFilterPaths } from './warmFilterPaths.ts';

// Idle callbacks queued by hand, so the test decides when the page is idle.
const queued: (() => void)[] = [];
afterEach(() => {
  vi.unstubAllGlobals();
  queued.length = 0;
});
function fakeIdle() {
  vi.stubGlobal('requestIdleCallback', (run: () => void) => queued.push(run));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    queued[handle - 1] = () => undefined;
  });
}

describe('warming the filter paths', () => {
  const index = buildItemIndex(FIXTURE, 4);

  it('samples lists as a filter makes them: ascending, in range, each item once', () => {
    for (const list of sampleLists(1000)) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThan(1000);
      for (let k = 1; k < list.length; k++) expect(list[k]).toBeGreaterThan(list[k - 1] ?? -1);
      expect(list[list.length - 1]).toBeLessThan(1000);
    }
    expect(sampleLists(0).every((list) => list.length === 0)).toBe(true);
  });

  it('runs one sample per idle period, and stops when cancelled', () => {
    fakeIdle();
    const run = vi.fn(runFilterPaths);
    const cancel = warmFilterPaths(index, 800, run);
    expect(queued).toHaveLength(1);
    queued[0]?.();
    expect(run).toHaveBeenCalledTimes(1);
    expect(queued).toHaveLength(2);
    cancel();
    queued[1]?.();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('leaves what the timeline shows as it was', () => {
    fakeIdle();
    const all = selectShown(index, null);
    warmFilterPaths(index, 800);
    for (let k = 0; k < queued.length; k++) queued[k]?.();
    expect(queued).toHaveLength(sampleLists(FIXTURE.length).length);
    expect(selectShown(index, null)).toBe(all);
    expect(all.count).toBe(FIXTURE.length);
  });
});
