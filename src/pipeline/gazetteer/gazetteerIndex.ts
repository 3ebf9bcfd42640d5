/**
 * The gazetteer as it is built from the upstream packages (GeoNames cities500 and admin1
 * names, world-countries): plain objects and name tables. It is then compacted for the cache
 * (compactGazetteer.ts) and extended in memory with the project's additions file.
 */
import type { PlaceKind } from '../../shared/corpus.ts';
import type { GazetteerPlace } from '../geoparse/types.ts';
import { isLatinName, keyVariants, looseKey, nameKey } from './normalize.ts';

export interface IndexedPlace extends GazetteerPlace {
  /** GeoNames feature code (PPLC capital, PPLA admin seat...), or "" for non-GeoNames entries. */
  featureCode: string;
}

/** Name key → place references. A reference is `placeIndex * 2 + (alternate ? 1 : 0)`. */
export type NameTable = Record<string, number[]>;

export interface GazetteerIndex {
  formatVersion: number;
  places: IndexedPlace[];
  exact: NameTable;
  loose: NameTable;
  /** Demonym key ("moroccan", "saudis") → place index of its country or region. */
  demonyms: Record<string, number>;
}

export const INDEX_FORMAT_VERSION = 6;

export function emptyIndex(): GazetteerIndex {
  return { formatVersion: INDEX_FORMAT_VERSION, places: [], exact: {}, loose: {}, demonyms: {} };
}

function push(table: NameTable, key: string, ref: number): void {
  if (key.length === 0) return;
  const refs = table[key];
  if (!refs) table[key] = [ref];
  else if (!refs.includes(ref) && !refs.includes(ref ^ 1)) refs.push(ref);
}

export interface NameOptions {
  /** Skip alternates made only of common English words ("White House" for Casablanca). */
  isCommonPhrase: (key: string) => boolean;
}

/** Adds a place and indexes its names; returns its index. */
export function addPlace(
  index: GazetteerIndex,
  place: IndexedPlace,
  primaryNames: readonly string[],
  alternateNames: readonly string[],
  options: NameOptions,
): number {
  const i = index.places.length;
  index.places.push(place);
  const seen = new Set<string>();
  for (const name of primaryNames) {
    for (const key of keyVariants(name)) push(index.exact, key, i * 2);
    seen.add(nameKey(name));
    const loose = looseKey(name);
    if (loose.replace(/ /g, '').length >= 3) push(index.loose, loose, i * 2);
  }
  for (const name of alternateNames) {
    if (!usableAlternate(name)) continue;
    const key = nameKey(name);
    if (seen.has(key) || options.isCommonPhrase(key)) continue;
    seen.add(key);
    for (const k of keyVariants(name)) push(index.exact, k, i * 2 + 1);
  }
  return i;
}

/** Alternate names worth matching in English text: Latin script, not codes, not numbers. */
function usableAlternate(name: string): boolean {
  if (name.length < 3 || name.length > 60) return false;
  if (/\d/.test(name)) return false;
  if (/^[A-Z]{2,5}$/.test(name)) return false; // airport and postal codes: "OSM" for Mosul
  return isLatinName(name);
}

export function addDemonym(index: GazetteerIndex, form: string, placeIndex: number): void {
  const key = nameKey(form);
  if (key.length > 0 && index.demonyms[key] === undefined) index.demonyms[key] = placeIndex;
}

/** Plural demonyms: "Moroccans", "Saudis"; not for -ish, -ese, -ch, -s forms ("British"). */
export function demonymForms(demonym: string): string[] {
  if (/(ish|ese|ch|s|x|z)$/i.test(demonym)) return [demonym];
  return [demonym, `${demonym}s`];
}

export function kindRank(kind: PlaceKind): number {
  switch (kind) {
    case 'country':
      return 4;
    case 'region':
      return 3;
    case 'admin1':
      return 2;
    case 'city':
      return 1;
    case 'other':
      return 0;
  }
}

/** Latin alternates to ship with a place for the app's search box, deduplicated by key. */
export function displayAlternates(name: string, alternates: readonly string[], max = 24): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const alt of alternates) {
    if (out.length >= max) break;
    if (!usableAlternate(alt)) continue;
    const key = nameKey(alt);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(alt);
  }
  return out;
}
