/**
 * Place names for synthetic articles, taken from the gazetteer index the geoparser itself uses:
 * countries, first-level regions and cities big enough to be news datelines.
 */
import { DEFAULT_CACHE_DIR } from '../../src/pipeline/geoparse/loadGeoparser.ts';
import { loadGazetteerIndex } from '../../src/pipeline/gazetteer/loadGazetteerIndex.ts';

export interface PlaceNames {
  countries: string[];
  regions: string[];
  cities: string[];
}

const MIN_CITY_POPULATION = 300_000;
/** Plain Latin names only: the templates are English prose. */
const PLAIN = /^[A-Z][A-Za-z' -]{2,24}$/;

export function gazetteerPlaceNames(cacheDir = DEFAULT_CACHE_DIR): PlaceNames {
  const { gazetteer } = loadGazetteerIndex(cacheDir);
  const names: PlaceNames = { countries: [], regions: [], cities: [] };
  for (let i = 0; i < gazetteer.size; i++) {
    const place = gazetteer.place(i);
    if (!place || !PLAIN.test(place.name)) continue;
    if (place.kind === 'country') names.countries.push(place.name);
    else if (place.kind === 'admin1') names.regions.push(place.name);
    else if (place.kind === 'city' && place.population >= MIN_CITY_POPULATION)
      names.cities.push(place.name);
  }
  for (const list of Object.values(names)) list.sort();
  return names;
}
