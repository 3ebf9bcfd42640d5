import type { PlaceKind } from '../../shared/corpus.ts';
import { at, type CorpusIndex } from './corpusIndex.ts';
import type { Visibility } from './selectors.ts';
import { memoByObject } from '../memo/memoByObject.ts';

/** A place as the map draws it: where, what kind, and how many visible events mention it. */
export interface MapPlace {
  /** The place's index in the corpus (and in `layoutPlacesOf`). */
  index: number;
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

/** A place as the map's grouping sees it: where it is and how many events it has in all. */
export interface LayoutPlace {
  id: string;
  lat: number;
  lon: number;
  /** Events in the whole corpus, whatever the filters: the grouping's seeding order. */
  count: number;
}

/** Every place of the corpus, for grouping markers once per zoom level. Depends on: index. */
export const layoutPlacesOf = memoByObject((index: CorpusIndex): LayoutPlace[] =>
  index.corpus.places.map((p, pi) => ({
    id: p.id,
    lat: p.lat,
    lon: p.lon,
    count: index.placeEventTotal[pi] ?? 0,
  })),
);

/** What a map place has whatever the filters: read once per corpus, from objects of one shape. */
type PlaceBasics = Omit<MapPlace, 'count' | 'demonymOnly'>;
const basicsOf = memoByObject((index: CorpusIndex): PlaceBasics[] =>
  index.corpus.places.map((p, pi) => ({
    index: pi,
    id: p.id,
    name: p.name,
    kind: p.kind,
    lat: p.lat,
    lon: p.lon,
    countryName: index.corpus.countries[index.placeCountry[pi] ?? -1]?.name ?? null,
  })),
);

// Per index, the last object made for each place: a place whose count and demonym flag did not
// change keeps its object, so a filter change allocates only for the places it changed and the
// markers of the others see the same props.
const lastMadeOf = memoByObject(
  (index: CorpusIndex) => new Array<MapPlace | undefined>(index.corpus.places.length),
);

/** The places the filters let through, ready to draw. Depends on: index, visibility. */
export function selectMapPlaces(index: CorpusIndex, visibility: Visibility): MapPlace[] {
  const { corpus } = index;
  const made = lastMadeOf(index);
  const { placeVisible, placeCount, placeDemonymOnly } = visibility;
  const basic = basicsOf(index);
  const out: MapPlace[] = [];
  for (let pi = 0; pi < corpus.places.length; pi++) {
    if (placeVisible[pi] !== 1) continue;
    const count = placeCount[pi] as number;
    const demonymOnly = placeDemonymOnly[pi] === 1;
    let place = made[pi];
    if (!place || place.count !== count || place.demonymOnly !== demonymOnly) {
      const b = at(basic, pi);
      place = {
        index: pi,
        id: b.id,
        name: b.name,
        kind: b.kind,
        lat: b.lat,
        lon: b.lon,
        count,
        demonymOnly,
        countryName: b.countryName,
      };
      made[pi] = place;
    }
    out.push(place);
  }
  return out;
}
