import { describe, expect, it } from 'vitest';
import type { ResolvedMention } from '../geoparse/types.ts';
import { haversineKm, scoreDocument, summarise } from './scoreGeoparse.ts';

const mention = (
  start: number,
  end: number,
  text: string,
  lat: number,
  lon: number,
): ResolvedMention => ({
  start,
  end,
  text,
  form: 'name',
  place: {
    gazetteerId: `t:${text}`,
    name: text,
    kind: 'city',
    countryCode: null,
    lat,
    lon,
    population: 0,
    alternateNames: [],
  },
});

describe('haversineKm', () => {
  it('measures great-circle distance', () => {
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo(111.2, 0);
    expect(haversineKm(36.2, 37.16, 36.34, 43.13)).toBeGreaterThan(500); // Aleppo to Mosul
  });
});

describe('scoreDocument', () => {
  // "Mosul and Raqqa fell; Aleppo held." with gold Mosul, Raqqa and Aleppo.
  const gold = [
    { start: 0, end: 5, name: 'Mosul', lat: 36.34, lon: 43.13 },
    { start: 10, end: 15, name: 'Raqqa', lat: 35.95, lon: 39.01 },
    { start: 22, end: 28, name: 'Aleppo', lat: null, lon: null },
  ];

  it('counts exact and overlapping spans, and resolution within 161 km', () => {
    const predicted = [
      mention(0, 5, 'Mosul', 36.3, 43.1), // right place
      mention(10, 16, 'Raqqa;', 33.5, 36.3), // overlapping span, wrong place (Damascus)
      mention(17, 21, 'fell', 0, 0), // not a toponym
    ];
    const s = scoreDocument(gold, predicted);
    expect(s).toMatchObject({
      gold: 3,
      predicted: 3,
      exactMatches: 1,
      overlapPredicted: 2,
      overlapGold: 2,
    });
    expect(s).toMatchObject({ goldWithCoords: 2, recognisedWithCoords: 2, within161: 1 });
    expect(s.byKind).toEqual({ city: { recognised: 2, within161: 1 } });
    // a second document's tally starts from nothing
    expect(scoreDocument(gold, predicted).byKind).toEqual(s.byKind);
    expect(s.falsePositives).toEqual(['fell']);
    expect(s.falseNegatives).toEqual(['Aleppo']);
    const summary = summarise(s);
    expect(summary.exact.precision).toBeCloseTo(1 / 3);
    expect(summary.overlap.recall).toBeCloseTo(2 / 3);
    expect(summary.a161).toBeCloseTo(0.5);
  });
});
