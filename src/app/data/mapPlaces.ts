import type { PlaceKind } from '../../shared/corpus.ts';
import type { CorpusIndex } from './corpusIndex.ts';
import type { Visibility } from './selectors.ts';

/** A place as the map draws it: where, what kind, and how many visible events mention it. */
export interface MapPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** Visible events that mention it (drives the marker size). */
  count: number;
  /** Every visible mention is a demonym ("Syrian"), none names the place. */
  demonymOnly: boolean;
  countryName: string | null;
}

/** The places the filters let through, ready to draw. Depends on: index, visibility. */
export function selectMapPlaces(index: CorpusIndex, visibility: Visibility): MapPlace[] {
  const { corpus } = index;
  const out: MapPlace[] = [];
  corpus.places.forEach((p, pi) => {
    if (visibility.placeVisible[pi] !== 1) return;
    out.push({
      id: p.id,
      name: p.name,
      kind: p.kind,
      lat: p.lat,
      lon: p.lon,
      count: visibility.placeCount[pi] ?? 0,
      demonymOnly: visibility.placeDemonymOnly[pi] === 1,
      countryName: corpus.countries[index.placeCountry[pi] ?? -1]?.name ?? null,
    });
  });
  return out;
}

// Per visibility, a stamp per event: a cluster's events are those stamped with its call's
// number, so counting the clusters of a view allocates one array, not one per cluster.
const stamps = new WeakMap<Visibility, { stamp: Int32Array; call: number }>();

/**
 * Distinct visible events that mention any of the places (a cluster's count: an event naming two
 * places of one cluster counts once). Depends on: index, visibility, the place ids.
 */
export function countDistinctEvents(
  index: CorpusIndex,
  visibility: Visibility,
  placeIds: readonly string[],
): number {
  let scratch = stamps.get(visibility);
  if (!scratch) {
    scratch = { stamp: new Int32Array(visibility.eventVisible.length), call: 0 };
    stamps.set(visibility, scratch);
  }
  const call = ++scratch.call;
  const { stamp } = scratch;
  let count = 0;
  for (const id of placeIds) {
    const pi = index.placeIndex.get(id);
    if (pi === undefined) continue;
    const events = index.placeEvents[pi];
    if (!events) continue;
    // Index loops: a typed array's iterator costs several times more before optimisation.
    for (let k = 0; k < events.length; k++) {
      const e = events[k] as number;
      if (visibility.eventVisible[e] === 1 && stamp[e] !== call) {
        stamp[e] = call;
        count++;
      }
    }
  }
  return count;
}
