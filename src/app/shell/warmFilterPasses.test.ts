import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../shared/urlState.ts';
import { buildCorpusIndex } from '../data/corpusIndex.ts';
import { selectMapPlaces } from '../data/mapPlaces.ts';
import { filtersOf, selectVisibility } from '../data/selectors.ts';
import { corpus } from '../data/testing/seedCorpus.ts';
import { selectVisibleItems, timelineItemsOf } from './timelineItems.ts';
import { sampleFilters, warmFilterPasses } from './warmFilterPasses.ts';

const index = buildCorpusIndex(corpus);

// Idle callbacks queued by hand, so the test decides when the page is idle.
const queued: (() => void)[] = [];
function fakeIdle() {
  vi.stubGlobal('requestIdleCallback', (run: () => void) => queued.push(run));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    queued[handle - 1] = () => undefined;
  });
}
afterEach(() => {
  vi.unstubAllGlobals();
  queued.length = 0;
});
/** Runs queued idle callbacks, and those they queue, until none is left; returns how many ran. */
const runIdle = () => {
  let k = 0;
  for (; k < queued.length; k++) queued[k]?.();
  return k;
};
const defaults = filtersOf(DEFAULT_VIEW_STATE);
/** The filter fields that differ from the defaults. */
const changed = (filters: typeof defaults) =>
  (Object.keys(filters) as (keyof typeof defaults)[])
    .filter((k) => JSON.stringify(filters[k]) !== JSON.stringify(defaults[k]))
    .sort();

describe('warmFilterPasses', () => {
  it('samples every filter shape from the corpus, each letting something through', () => {
    const samples = sampleFilters(index);
    expect(samples.map(changed)).toEqual([
      ['from', 'to'],
      ['from'],
      ['to'],
      ['placeIds'],
      ['country', 'hideDemonyms'],
      ['article', 'textDatedOnly'],
    ]);
    for (const filters of samples) {
      expect(selectVisibility(index, filters).visibleEvents.length).toBeGreaterThan(0);
    }
  });

  it('runs one pass per idle period, and leaves the current view as it was', () => {
    fakeIdle();
    const current = filtersOf({ ...DEFAULT_VIEW_STATE, from: '2019-01-01' });
    const before = selectMapPlaces(index, selectVisibility(index, current));
    const items = timelineItemsOf(index);
    const visibleItems = [...(selectVisibleItems(index, selectVisibility(index, current)) ?? [])];
    warmFilterPasses(index, () => current);
    expect(queued).toHaveLength(1);
    // The gazetteer layout, each sample, then the current view.
    expect(runIdle()).toBe(sampleFilters(index).length + 2);
    const after = selectMapPlaces(index, selectVisibility(index, current));
    expect(after).toEqual(before);
    expect(timelineItemsOf(index)).toBe(items);
    expect([...(selectVisibleItems(index, selectVisibility(index, current)) ?? [])]).toEqual(
      visibleItems,
    );
  });

  it('stops when cancelled', () => {
    fakeIdle();
    const cancel = warmFilterPasses(index, () => filtersOf(DEFAULT_VIEW_STATE));
    queued[0]?.();
    expect(queued).toHaveLength(2);
    cancel();
    queued[1]?.();
    expect(queued).toHaveLength(2);
  });
});
