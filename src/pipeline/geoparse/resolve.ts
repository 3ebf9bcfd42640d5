/**
 * Toponym resolution: picks one gazetteer entry for each recognised name, the way a careful
 * reader would: by what the name is (a country name means the country; "Idlib Province" the
 * governorate), by the article's other places (Georgia among Tbilisi and Batumi is the
 * country), and by prominence (population). Weak readings of small places with no support in
 * the article are dropped rather than guessed.
 */
import type { RuleBook } from '../gazetteer/additions.ts';
import type { Gazetteer } from '../gazetteer/compactGazetteer.ts';
import type { IndexedPlace } from '../gazetteer/gazetteerIndex.ts';
import type { ResolvedMention, UnresolvedMention } from './types.ts';
import type { Candidate } from './recognise.ts';

interface Option {
  place: number;
  alternate: boolean;
}

export interface ResolveContext {
  index: Gazetteer;
  rules: RuleBook;
  articleId: string;
}

export function resolve(
  candidates: readonly Candidate[],
  ctx: ResolveContext,
): { mentions: ResolvedMention[]; unresolved: UnresolvedMention[] } {
  const options = candidates.map((c) => optionsFor(c, ctx));
  const unresolved: UnresolvedMention[] = [];
  candidates.forEach((c, n) => {
    if (options[n]?.length === 0) {
      unresolved.push({
        start: c.start,
        end: c.end,
        text: c.text,
        reason: 'every reading is banned by a rule',
      });
    }
  });

  // Pass 1: countries named outright, demonyms and unambiguous primary names set the context.
  const pass1 = candidates.map((c, n) => firstPassContribution(c, options[n] ?? [], ctx));
  const keys = candidates.map((c) => c.key);
  let support = new Support(pass1, keys);
  let picks = candidates.map((c, n) => pick(c, n, options[n] ?? [], candidates, ctx, support));
  // Pass 2: what pass 1 picked becomes context for the rest (at half weight).
  support = new Support(
    picks.map((p, n) => {
      const cc = p ? ctx.index.place(p.place)?.countryCode : null;
      const own = pass1[n];
      if (own) return own;
      return cc ? { cc, weight: 0.5 } : null;
    }),
    keys,
  );
  picks = candidates.map((c, n) => pick(c, n, options[n] ?? [], candidates, ctx, support));

  const mentions: ResolvedMention[] = [];
  candidates.forEach((c, n) => {
    const p = picks[n];
    const place = p ? ctx.index.place(p.place) : undefined;
    if (!p || !place || !accept(c, p, place, support.for(n, place.countryCode))) return;
    mentions.push({
      place: stripIndexFields(place),
      start: c.start,
      end: c.end,
      text: c.text,
      form: c.match === 'demonym' ? 'demonym' : 'name',
    });
  });
  return { mentions, unresolved };
}

function optionsFor(c: Candidate, ctx: ResolveContext): Option[] {
  const forced = ctx.rules.forced(c.key, ctx.articleId);
  if (forced !== undefined) {
    const place = ctx.index.indexOf(forced);
    return place === undefined ? [] : [{ place, alternate: false }];
  }
  const banned = ctx.rules.banned(c.key, ctx.articleId);
  return c.refs
    .map((ref) => ({ place: ref >> 1, alternate: (ref & 1) === 1 }))
    .filter((o) => !banned.has(ctx.index.place(o.place)?.gazetteerId ?? ''));
}

/**
 * How much the rest of the article speaks of each country. A candidate never supports itself:
 * "Begum" must not make Nigeria (Buguma) the article's context for "Begum".
 */
class Support {
  readonly #total = new Map<string, number>();
  /** Per name key, what its own repeats contribute: left out when scoring that name. */
  readonly #byKey = new Map<string, Map<string, number>>();
  readonly #keys: readonly string[];
  constructor(
    contributions: readonly ({ cc: string; weight: number } | null)[],
    keys: readonly string[],
  ) {
    this.#keys = keys;
    contributions.forEach((c, n) => {
      if (!c) return;
      this.#total.set(c.cc, (this.#total.get(c.cc) ?? 0) + c.weight);
      const key = keys[n] ?? '';
      const own = this.#byKey.get(key) ?? new Map<string, number>();
      own.set(c.cc, (own.get(c.cc) ?? 0) + c.weight);
      this.#byKey.set(key, own);
    });
  }
  /** Support for `cc`, leaving out the candidate itself and every repeat of its name. */
  for(candidate: number, cc: string | null): number {
    if (!cc) return 0;
    const own = this.#byKey.get(this.#keys[candidate] ?? '')?.get(cc) ?? 0;
    return (this.#total.get(cc) ?? 0) - own;
  }
}

function firstPassContribution(
  c: Candidate,
  opts: readonly Option[],
  ctx: ResolveContext,
): { cc: string; weight: number } | null {
  if (c.match === 'loose') return null;
  const country = opts.find((o) => !o.alternate && ctx.index.place(o.place)?.kind === 'country');
  const only =
    opts.length === 1 && opts[0] && !opts[0].alternate ? ctx.index.place(opts[0].place) : undefined;
  const cc = country ? ctx.index.place(country.place)?.countryCode : only?.countryCode;
  if (!cc) return null;
  if (country || c.match === 'demonym') return { cc, weight: 1 };
  if (only && !c.commonWord && (only.population >= 10_000 || only.kind !== 'city'))
    return { cc, weight: 1 };
  return null;
}

function pick(
  c: Candidate,
  n: number,
  opts: readonly Option[],
  all: readonly Candidate[],
  ctx: ResolveContext,
  support: Support,
): Option | null {
  const constraint = constraintCountry(c, all, ctx);
  let best: Option | null = null;
  let bestScore = -Infinity;
  for (const o of opts) {
    const place = ctx.index.place(o.place);
    if (!place) continue;
    const cityTwin =
      place.kind === 'admin1' &&
      opts.some((other) => {
        const p = ctx.index.place(other.place);
        return p?.kind === 'city' && p.countryCode === place.countryCode && p.population >= 20_000;
      });
    let s = score(c, o, place, support.for(n, place.countryCode), constraint, cityTwin);
    // "Georgia" among Atlanta and Savannah: a country the article says nothing else about
    // yields to a same-named region of a country it does speak of.
    if (place.kind === 'country' && support.for(n, place.countryCode) === 0) {
      const rival = opts.some((other) => {
        const p = ctx.index.place(other.place);
        return p?.kind === 'admin1' && !other.alternate && support.for(n, p.countryCode) >= 1;
      });
      if (rival) s -= 20;
    }
    if (
      s > bestScore ||
      (s === bestScore && best && place.population > (ctx.index.place(best.place)?.population ?? 0))
    ) {
      best = o;
      bestScore = s;
    }
  }
  return best;
}

const FEATURE_BONUS: Record<string, number> = { PPLC: 6, PPLA: 3, PPLA2: 1.5, PPLA3: 0.5 };

function score(
  c: Candidate,
  o: Option,
  place: IndexedPlace,
  sup: number,
  constraint: string | null,
  cityTwin: boolean,
): number {
  let s: number;
  switch (place.kind) {
    case 'country':
      s = 30;
      break;
    case 'region':
      s = 26;
      break;
    case 'admin1':
      s = 17;
      break;
    case 'city':
      s = 3 * Math.log10(place.population + 1) + (FEATURE_BONUS[place.featureCode] ?? 0);
      break;
    case 'other':
      s = 10;
      break;
  }
  if (o.alternate) s -= 4;
  if (c.match === 'loose') s -= 3;
  if (c.typeHint === 'admin') s += place.kind === 'admin1' ? 25 : place.kind === 'region' ? 10 : -5;
  if (c.typeHint === 'city') s += place.kind === 'city' ? 5 : -10;
  // A bare name shared by a region and its big city ("New York", "Idlib") means the city.
  if (c.typeHint === null && place.kind === 'admin1' && cityTwin) s -= 8;
  if (sup > 0) s += 6 + 2 * Math.log2(1 + sup);
  if (constraint) s += place.countryCode === constraint ? 20 : -20;
  return s;
}

function constraintCountry(
  c: Candidate,
  all: readonly Candidate[],
  ctx: ResolveContext,
): string | null {
  if (c.constrainedBy === null) return null;
  const other = all[c.constrainedBy];
  // "Idlib, Syria" names a country; "Paris, Texas" a first-level region, which fixes the country too.
  let regionCountry: string | null = null;
  for (const ref of other?.refs ?? []) {
    const place = ctx.index.place(ref >> 1);
    if (!place || (ref & 1) === 1) continue;
    if (place.kind === 'country') return place.countryCode;
    if (place.kind === 'admin1' && regionCountry === null) regionCountry = place.countryCode;
  }
  return regionCountry;
}

/** Drops readings the article gives no reason to believe. */
function accept(c: Candidate, o: Option, place: IndexedPlace, sup: number): boolean {
  if (c.match === 'demonym') return true;
  const inContext = sup > 0;
  if (place.kind === 'country' || place.kind === 'region') {
    // A country's alternate spelling alone ("Easter" for Austria) needs the article's support.
    return !o.alternate || (!c.commonWord && (inContext || c.locative));
  }
  const major =
    place.population >= 50_000 || place.featureCode === 'PPLC' || place.featureCode === 'PPLA';
  // Transliteration-folded names are weak evidence: the article must already speak of the
  // country ("Minbij" in an article about Syria).
  if (c.match === 'loose') return inContext && (major || c.locative || c.typeHint !== null);
  if (place.kind === 'admin1') {
    if (c.typeHint === 'admin') return true;
    if (c.commonWord || o.alternate) return inContext && c.locative;
    return true;
  }
  if (c.commonWord)
    return c.locative && !c.sentenceStart && (place.population >= 100_000 || inContext);
  if (o.alternate) return inContext && (major || c.locative);

  if (major) return true;
  if (place.population >= 5_000) return inContext || c.locative || c.typeHint !== null;
  return inContext && (c.locative || c.typeHint !== null || c.constrainedBy !== null);
}

function stripIndexFields(p: IndexedPlace): ResolvedMention['place'] {
  return {
    gazetteerId: p.gazetteerId,
    name: p.name,
    kind: p.kind,
    countryCode: p.countryCode,
    lat: p.lat,
    lon: p.lon,
    population: p.population,
    alternateNames: p.alternateNames,
  };
}
