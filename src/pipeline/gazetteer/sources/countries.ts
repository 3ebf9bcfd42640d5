/**
 * Countries, their alternate spellings and demonyms, from the `world-countries` package
 * (mledoze/countries).
 */
import { createRequire } from 'node:module';

export interface CountryRecord {
  code: string;
  isoNumeric: string | null;
  name: string;
  officialName: string;
  altSpellings: string[];
  demonyms: string[];
  lat: number;
  lon: number;
  area: number;
}

interface WorldCountry {
  cca2: string;
  ccn3?: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  latlng?: [number, number];
  area?: number;
}

export function readCountries(): CountryRecord[] {
  const require = createRequire(import.meta.url);
  const raw = require('world-countries') as WorldCountry[];
  return raw.map((c) => ({
    code: c.cca2,
    isoNumeric: c.ccn3 || null,
    name: c.name.common,
    officialName: c.name.official,
    // Two- and three-letter codes ("SY", "SYR") are not how articles name countries.
    altSpellings: (c.altSpellings ?? []).filter((s) => !/^[A-Z]{2,3}$/.test(s)),
    demonyms: [
      ...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d)),
    ],
    lat: c.latlng?.[0] ?? 0,
    lon: c.latlng?.[1] ?? 0,
    area: c.area ?? 0,
  }));
}
