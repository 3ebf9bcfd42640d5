/**
 * First-level administrative regions (provinces, governorates, states) with coordinates, from
 * the `country-state-city` package.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Admin1Record {
  code: string;
  countryCode: string;
  name: string;
  /** The name without its type word: "Idlib Governorate" → "Idlib". */
  baseName: string;
  lat: number;
  lon: number;
}

interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

const TYPE_WORDS =
  /\s+(governorate|province|region|state|emirate|district|oblast|krai|county|prefecture|department|municipality|autonomous region|autonomous community|voivodeship|canton|division|territory|wilayah|wilaya|muhafazah)$/i;

export function readAdmin1(): Admin1Record[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('country-state-city/package.json'));
  const states = JSON.parse(readFileSync(join(dir, 'lib/assets/state.json'), 'utf8')) as CscState[];
  const out: Admin1Record[] = [];
  for (const s of states) {
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    if (!s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({
      code: `${s.countryCode}-${s.isoCode}`,
      countryCode: s.countryCode,
      name: s.name,
      baseName: s.name.replace(TYPE_WORDS, '').trim(),
      lat,
      lon,
    });
  }
  return out;
}
