/**
 * Scores geoparser output against gold toponym annotations: recognition precision, recall and
 * F1 (exact spans, and overlapping spans), and the share of gold toponyms resolved within
 * 161 km (100 miles, the field's usual A@161), end to end.
 */
import type { ResolvedMention } from '../geoparse/types.ts';

export interface GoldToponym {
  start: number;
  end: number;
  name: string;
  lat: number | null;
  lon: number | null;
}

export interface DocumentScore {
  gold: number;
  predicted: number;
  exactMatches: number;
  overlapPredicted: number;
  overlapGold: number;
  goldWithCoords: number;
  within161: number;
  /** Gold toponyms with coordinates that some prediction overlaps (for accuracy on recognised). */
  recognisedWithCoords: number;
  falsePositives: string[];
  falseNegatives: string[];
  farOff: string[];
  /** By the kind of place it was resolved to: gold toponyms recognised, and within 161 km. */
  byKind: Record<string, { recognised: number; within161: number }>;
}

export const EMPTY_SCORE: DocumentScore = {
  gold: 0,
  predicted: 0,
  exactMatches: 0,
  overlapPredicted: 0,
  overlapGold: 0,
  goldWithCoords: 0,
  within161: 0,
  recognisedWithCoords: 0,
  falsePositives: [],
  falseNegatives: [],
  farOff: [],
  byKind: {},
};

const EARTH_RADIUS_KM = 6371;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreDocument(
  gold: readonly GoldToponym[],
  predicted: readonly ResolvedMention[],
): DocumentScore {
  const score: DocumentScore = {
    ...EMPTY_SCORE,
    falsePositives: [],
    falseNegatives: [],
    farOff: [],
    byKind: {},
  };
  score.gold = gold.length;
  score.predicted = predicted.length;
  for (const p of predicted) {
    const hit = gold.some((g) => overlaps(g, p));
    if (hit) score.overlapPredicted++;
    else score.falsePositives.push(p.text);
    if (gold.some((g) => g.start === p.start && g.end === p.end)) score.exactMatches++;
  }
  for (const g of gold) {
    const matches = predicted.filter((p) => overlaps(g, p));
    if (matches.length > 0) score.overlapGold++;
    else score.falseNegatives.push(g.name);
    if (g.lat === null || g.lon === null) continue;
    score.goldWithCoords++;
    if (matches.length === 0) continue;
    score.recognisedWithCoords++;
    const { lat, lon } = g;
    const best = Math.min(...matches.map((p) => haversineKm(lat, lon, p.place.lat, p.place.lon)));
    const kind = (score.byKind[matches[0]?.place.kind ?? 'other'] ??= {
      recognised: 0,
      within161: 0,
    });
    kind.recognised++;
    if (best <= 161) kind.within161++;
    if (best <= 161) score.within161++;
    else
      score.farOff.push(
        `${g.name} → ${matches[0]?.place.name} (${matches[0]?.place.countryCode ?? '-'}, ${Math.round(best)} km)`,
      );
  }
  return score;
}

export function addScores(a: DocumentScore, b: DocumentScore): DocumentScore {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    exactMatches: a.exactMatches + b.exactMatches,
    overlapPredicted: a.overlapPredicted + b.overlapPredicted,
    overlapGold: a.overlapGold + b.overlapGold,
    goldWithCoords: a.goldWithCoords + b.goldWithCoords,
    within161: a.within161 + b.within161,
    recognisedWithCoords: a.recognisedWithCoords + b.recognisedWithCoords,
    falsePositives: [...a.falsePositives, ...b.falsePositives],
    falseNegatives: [...a.falseNegatives, ...b.falseNegatives],
    farOff: [...a.farOff, ...b.farOff],
    byKind: addByKind(a.byKind, b.byKind),
  };
}

function addByKind(
  a: DocumentScore['byKind'],
  b: DocumentScore['byKind'],
): DocumentScore['byKind'] {
  const out: DocumentScore['byKind'] = {};
  for (const [kind, v] of [...Object.entries(a), ...Object.entries(b)]) {
    const o = (out[kind] ??= { recognised: 0, within161: 0 });
    o.recognised += v.recognised;
    o.within161 += v.within161;
  }
  return out;
}

export interface Summary {
  exact: { precision: number; recall: number; f1: number };
  overlap: { precision: number; recall: number; f1: number };
  /** Share of all gold toponyms with coordinates resolved within 161 km (end to end). */
  a161: number;
  /** The same, among the gold toponyms the geoparser recognised. */
  a161Recognised: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function summarise(s: DocumentScore): Summary {
  const ep = ratio(s.exactMatches, s.predicted);
  const er = ratio(s.exactMatches, s.gold);
  const op = ratio(s.overlapPredicted, s.predicted);
  const or = ratio(s.overlapGold, s.gold);
  return {
    exact: { precision: ep, recall: er, f1: f1(ep, er) },
    overlap: { precision: op, recall: or, f1: f1(op, or) },
    a161: ratio(s.within161, s.goldWithCoords),
    a161Recognised: ratio(s.within161, s.recognisedWithCoords),
  };
}
