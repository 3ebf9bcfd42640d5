/**
 * The gazetteer in the form the geoparser reads: a few large strings and typed arrays instead of
 * 200,000 objects, so loading it from the cache is a file read and a handful of string splits
 * (about a tenth of a second) rather than parsing 50 MB of JSON. Places are materialised as
 * objects only when the geoparser asks for one. The project's additions live in a small overlay.
 */
import type { PlaceKind } from '../../shared/corpus.ts';
import type { GazetteerIndex, IndexedPlace } from './gazetteerIndex.ts';

/** What the geoparser needs of a gazetteer. Refs are `placeIndex * 2 + (alternate ? 1 : 0)`. */
export interface Gazetteer {
  readonly size: number;
  place(i: number): IndexedPlace | undefined;
  exact(key: string): readonly number[] | undefined;
  loose(key: string): readonly number[] | undefined;
  demonym(key: string): number | undefined;
  indexOf(gazetteerId: string): number | undefined;
  /** A written abbreviation ("Ky.", "NSW"), case-sensitive. */
  abbreviation(text: string): { place: number; standalone: boolean } | undefined;
}

const KINDS: PlaceKind[] = ['country', 'region', 'admin1', 'city', 'other'];

/** A name table as sorted keys with their refs in one flat array (compressed sparse rows). */
export interface NameColumns {
  keys: string[];
  offsets: Int32Array;
  refs: Int32Array;
}

export interface CompactData {
  ids: string[];
  names: string[];
  /** Per place, its display alternates joined by "|". */
  alternates: string[];
  featureCodes: string[];
  /** Two letters per place; "--" for none. */
  countryCodes: string;
  /** One digit per place: its index in KINDS. */
  kinds: string;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  exact: NameColumns;
  loose: NameColumns;
  demonyms: Record<string, number>;
}

function toColumns(table: Record<string, number[]>): NameColumns {
  const keys = Object.keys(table).sort();
  const offsets = new Int32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    offsets[i] = total;
    total += table[k]?.length ?? 0;
  });
  offsets[keys.length] = total;
  const refs = new Int32Array(total);
  keys.forEach((k, i) => refs.set(table[k] ?? [], offsets[i] ?? 0));
  return { keys, offsets, refs };
}

export function compact(index: GazetteerIndex): CompactData {
  const n = index.places.length;
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const population = new Float64Array(n);
  index.places.forEach((p, i) => {
    lat[i] = p.lat;
    lon[i] = p.lon;
    population[i] = p.population;
  });
  return {
    ids: index.places.map((p) => p.gazetteerId),
    names: index.places.map((p) => p.name),
    alternates: index.places.map((p) => p.alternateNames.filter((a) => !/[|\n]/.test(a)).join('|')),
    featureCodes: index.places.map((p) => p.featureCode),
    countryCodes: index.places.map((p) => p.countryCode ?? '--').join(''),
    kinds: index.places.map((p) => String(KINDS.indexOf(p.kind))).join(''),
    lat,
    lon,
    population,
    exact: toColumns(index.exact),
    loose: toColumns(index.loose),
    demonyms: index.demonyms,
  };
}

function lookup(table: NameColumns, key: string): readonly number[] | undefined {
  // binary search over the sorted keys
  let lo = 0;
  let hi = table.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = table.keys[mid] as string;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return Array.from(table.refs.subarray(table.offsets[mid], table.offsets[mid + 1]));
  }
  return undefined;
}

/** A compact gazetteer plus an overlay for places and names added in memory. */
export class CompactGazetteer implements Gazetteer {
  readonly #data: CompactData;
  readonly #baseSize: number;
  readonly #cache = new Map<number, IndexedPlace>();
  readonly #added: IndexedPlace[] = [];
  readonly #exactOverlay = new Map<string, number[]>();
  readonly #looseOverlay = new Map<string, number[]>();
  readonly #demonyms: Map<string, number>;
  readonly #abbreviations = new Map<string, { place: number; standalone: boolean }>();
  readonly #exactMemo = new Map<string, readonly number[] | null>();
  readonly #looseMemo = new Map<string, readonly number[] | null>();
  #ids: Map<string, number> | undefined;

  constructor(data: CompactData) {
    this.#data = data;
    this.#baseSize = data.ids.length;
    this.#demonyms = new Map(Object.entries(data.demonyms));
  }

  get size(): number {
    return this.#baseSize + this.#added.length;
  }

  place(i: number): IndexedPlace | undefined {
    if (i >= this.#baseSize) return this.#added[i - this.#baseSize];
    if (i < 0 || !Number.isInteger(i)) return undefined;
    let p = this.#cache.get(i);
    if (!p) {
      const d = this.#data;
      const cc = d.countryCodes.slice(2 * i, 2 * i + 2);
      const alternates = d.alternates[i] ?? '';
      p = {
        gazetteerId: d.ids[i] ?? '',
        name: d.names[i] ?? '',
        kind: KINDS[Number(d.kinds[i])] ?? 'other',
        countryCode: cc === '--' ? null : cc,
        lat: d.lat[i] ?? 0,
        lon: d.lon[i] ?? 0,
        population: d.population[i] ?? 0,
        alternateNames: alternates ? alternates.split('|') : [],
        featureCode: d.featureCodes[i] ?? '',
      };
      this.#cache.set(i, p);
    }
    return p;
  }

  exact(key: string): readonly number[] | undefined {
    return this.#memoised(this.#exactMemo, key, () =>
      merge(this.#exactOverlay.get(key), lookup(this.#data.exact, key)),
    );
  }

  loose(key: string): readonly number[] | undefined {
    return this.#memoised(this.#looseMemo, key, () =>
      merge(this.#looseOverlay.get(key), lookup(this.#data.loose, key)),
    );
  }

  // Names recur from article to article: remember each look-up (misses too).
  #memoised(
    memo: Map<string, readonly number[] | null>,
    key: string,
    find: () => readonly number[] | undefined,
  ): readonly number[] | undefined {
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = find() ?? null;
      memo.set(key, hit);
    }
    return hit ?? undefined;
  }

  demonym(key: string): number | undefined {
    return this.#demonyms.get(key);
  }

  indexOf(gazetteerId: string): number | undefined {
    if (!this.#ids) {
      // Set one by one: no 200,000 [id, index] pairs to make and then collect.
      const ids = new Map<string, number>();
      this.#data.ids.forEach((id, i) => ids.set(id, i));
      this.#ids = ids;
      this.#added.forEach((p, i) => this.#ids?.set(p.gazetteerId, this.#baseSize + i));
    }
    return this.#ids.get(gazetteerId);
  }

  // The overlay: used by the additions file.

  appendPlace(place: IndexedPlace): number {
    const i = this.size;
    this.#added.push(place);
    this.#ids?.set(place.gazetteerId, i);
    return i;
  }

  /** Adds a name; `first` puts it ahead of the upstream readings of the same key. */
  addName(table: 'exact' | 'loose', key: string, ref: number, first = false): void {
    const overlay = table === 'exact' ? this.#exactOverlay : this.#looseOverlay;
    const refs = overlay.get(key) ?? [];
    if (!refs.includes(ref)) {
      if (first) refs.unshift(ref);
      else refs.push(ref);
    }
    overlay.set(key, refs);
    (table === 'exact' ? this.#exactMemo : this.#looseMemo).delete(key);
  }

  setDemonym(key: string, placeIndex: number): void {
    this.#demonyms.set(key, placeIndex);
  }

  abbreviation(text: string): { place: number; standalone: boolean } | undefined {
    return this.#abbreviations.get(text);
  }

  setAbbreviation(text: string, place: number, standalone: boolean): void {
    this.#abbreviations.set(text, { place, standalone });
  }
}

function merge(
  a: readonly number[] | undefined,
  b: readonly number[] | undefined,
): readonly number[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return [...a, ...b.filter((r) => !a.includes(r) && !a.includes(r ^ 1))];
}
