/**
 * Distinct visible events per group of places (a map cluster's count: an event naming two places
 * of one group counts once), for all the groups of a view in one pass over the visible events'
 * links, rather than one pass per group over every event of its places.
 */
import type { CorpusIndex } from './corpusIndex.ts';
import { dateOrderedColumnsOf } from './dateOrderedColumns.ts';
import type { Visibility } from './selectors.ts';

/**
 * Per group (place indexes; a place in at most one group), its distinct visible events. Indexes,
 * not ids: a view at 100,000 events groups thousands of places, each looked up by id before.
 */
export function groupEventCounts(
  index: CorpusIndex,
  visibility: Visibility,
  groups: readonly (readonly number[])[],
): number[] {
  const groupOf = new Int32Array(index.corpus.places.length).fill(-1);
  for (let g = 0; g < groups.length; g++) {
    for (const pi of groups[g] ?? []) {
      if (pi >= 0 && pi < groupOf.length) groupOf[pi] = g;
    }
  }
  const counts = new Int32Array(groups.length);
  // The last event counted for each group (by date position): an event's links are scanned
  // together.
  const lastEvent = new Int32Array(groups.length).fill(-1);
  // Links by date position, as the visible events come: at 100,000 events reading them by event
  // index instead jumped about memory and took twice as long.
  const { linkStart, linkPlace } = dateOrderedColumnsOf(index);
  const ranks = visibility.visibleRanks;
  for (let v = 0; v < ranks.length; v++) {
    const k = ranks[v] as number;
    const last = linkStart[k + 1] as number;
    for (let l = linkStart[k] as number; l < last; l++) {
      const pi = linkPlace[l] as number;
      if (pi < 0) continue;
      const g = groupOf[pi] as number;
      if (g < 0 || lastEvent[g] === k) continue;
      lastEvent[g] = k;
      counts[g] = (counts[g] as number) + 1;
    }
  }
  return Array.from(counts);
}
