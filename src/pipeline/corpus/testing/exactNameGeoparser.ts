/**
 * For tests only: a stand-in for the real geoparser that knows three countries by exact name and
 * reports "Baghouz" as unresolved. Enough to exercise the code around the geoparser; it says
 * nothing about geoparsing quality, and the CLI never uses it.
 */
import type {
  GazetteerPlace,
  Geoparser,
  ResolvedMention,
  UnresolvedMention,
} from '../../geoparse/types.ts';

const country = (code: string, name: string, lat: number, lon: number): GazetteerPlace => ({
  gazetteerId: `country:${code}`,
  name,
  kind: 'country',
  countryCode: code,
  lat,
  lon,
  population: 1,
  alternateNames: [],
});

const KNOWN = [
  country('SY', 'Syria', 35, 38),
  country('TR', 'Turkey', 39, 35),
  country('IQ', 'Iraq', 33, 44),
];

export const exactNameGeoparser: Geoparser = {
  parse(text) {
    const mentions: ResolvedMention[] = [];
    const unresolved: UnresolvedMention[] = [];
    for (const match of text.matchAll(/\b(Syria|Turkey|Iraq|Baghouz)\b/g)) {
      const start = match.index;
      const end = start + match[0].length;
      const place = KNOWN.find((p) => p.name === match[0]);
      if (place) mentions.push({ place, start, end, text: match[0], form: 'name' });
      else unresolved.push({ start, end, text: match[0], reason: 'not in the gazetteer' });
    }
    return { mentions, unresolved };
  },
};
