/**
 * Builds the gazetteer index from the upstream packages. Slow (seconds: 30 MB of GeoNames text),
 * so its result is cached on disk by `loadGazetteerIndex`.
 */
import { isCommonPhrase } from '../lexicon/englishWords.ts';
import { readAdmin1 } from './sources/admin1.ts';
import { readCountries } from './sources/countries.ts';
import { readGeonamesCities } from './sources/geonamesCities.ts';
import { nameKey } from './normalize.ts';
import {
  addDemonym,
  addPlace,
  demonymForms,
  displayAlternates,
  emptyIndex,
  type GazetteerIndex,
} from './gazetteerIndex.ts';

const options = { isCommonPhrase };

export function buildUpstreamIndex(): GazetteerIndex {
  const index = emptyIndex();

  for (const c of readCountries()) {
    const i = addPlace(
      index,
      {
        gazetteerId: `country:${c.code}`,
        name: c.name,
        kind: 'country',
        countryCode: c.code,
        lat: c.lat,
        lon: c.lon,
        // Countries carry no population here; area stands in for prominence (see resolve.ts).
        population: Math.round(c.area),
        alternateNames: displayAlternates(c.name, [c.officialName, ...c.altSpellings], 12),
        featureCode: 'PCLI',
      },
      [c.name, c.officialName],
      c.altSpellings,
      options,
    );
    for (const d of c.demonyms) for (const form of demonymForms(d)) addDemonym(index, form, i);
  }

  const cities = readGeonamesCities();
  for (const a of readAdmin1(cities)) {
    addPlace(
      index,
      {
        gazetteerId: `admin1:${a.code}`,
        name: a.name,
        kind: 'admin1',
        countryCode: a.countryCode,
        lat: a.lat,
        lon: a.lon,
        population: 0,
        alternateNames: a.baseName !== a.name ? [a.baseName] : [],
        featureCode: 'ADM1',
      },
      // "South Region" → "South" would read every "South" as Cameroon's region.
      a.baseName.length >= 3 && a.baseName !== a.name && !isCommonPhrase(nameKey(a.baseName))
        ? [a.name, a.baseName]
        : [a.name],
      [],
      options,
    );
  }

  for (const city of cities) {
    addPlace(
      index,
      {
        gazetteerId: `geonames:${city.geonameId}`,
        name: city.name,
        kind: 'city',
        countryCode: /^[A-Z]{2}$/.test(city.countryCode) ? city.countryCode : null,
        lat: city.lat,
        lon: city.lon,
        population: city.population,
        alternateNames: displayAlternates(city.name, [city.asciiName, ...city.alternateNames]),
        featureCode: city.featureCode,
      },
      city.asciiName && city.asciiName !== city.name ? [city.name, city.asciiName] : [city.name],
      city.alternateNames,
      options,
    );
  }
  return index;
}
