/**
 * Toponym recognition: finds the spans of an article that name a place (or are a demonym of
 * one), with the context cues resolution needs. It looks names up in the gazetteer (longest
 * match first), then throws out readings the context rules out: people ("Zakaria Yathreb"),
 * organisations ("Syrian Democratic Forces", "Kurdistan 24"), streets and markets ("Agadir
 * Street", "Commerce market"), and common words ("Paradise", "Most") without a locative cue.
 */
import type { RuleBook } from '../gazetteer/additions.ts';
import type { Gazetteer } from '../gazetteer/compactGazetteer.ts';
import { looseKey, nameKey } from '../gazetteer/normalize.ts';
import { commonEnglishWords } from '../lexicon/englishWords.ts';
import { personLexicon } from '../lexicon/personNames.ts';
import { isProminent, judgeContext } from './contextRules.ts';
import { findPersonNames } from './personSpans.ts';
import { joinable, tokenize, type Token } from './tokenize.ts';
import { FUNCTION_WORDS, NAME_CONNECTORS, NEVER_PLACES, PLACE_OF } from './wordClasses.ts';

export interface Candidate {
  /** The mention's span: the name, plus a following type word ("Idlib Province"). */
  start: number;
  end: number;
  text: string;
  key: string;
  /** Index refs (`place * 2 + alternate`) for a name; a single place for a demonym. */
  refs: readonly number[];
  match: 'exact' | 'loose' | 'demonym';
  /** Every word is a common English word ("Paradise"): needs strong context. */
  commonWord: boolean;
  typeHint: 'admin' | 'city' | null;
  /** "in X", "from X", "the village of X". */
  locative: boolean;
  sentenceStart: boolean;
  /** The candidate right before, when it constrains this one ("Syria’s Idlib", "Idlib, Syria"). */
  constrainedBy: number | null;
  /** Token range of the name part. */
  firstToken: number;
  lastToken: number;
}

export interface Recognition {
  candidates: Candidate[];
  /** Spans that look like place names by their context but match no gazetteer name. */
  unknown: { start: number; end: number; text: string }[];
}

const MAX_WORDS = 6;
// All-caps forms that are country names as written; any other all-caps word is an acronym.
const ALL_CAPS_NAMES = new Set(['US', 'U.S.', 'UK', 'U.K.', 'USA', 'U.S.A.', 'UAE', 'DRC']);
const UNKNOWN_PLACE_CUES = new Set(['in', 'near', 'outside']);

export function recognise(
  text: string,
  articleId: string,
  index: Gazetteer,
  rules: RuleBook,
): Recognition {
  const tokens = tokenize(text);
  const words = commonEnglishWords();
  const people = personLexicon();
  const lower = tokens.map((t) => t.text.toLowerCase());
  const isCommon = (i: number) => words.has(lower[i] ?? '');
  const consumed = new Uint8Array(tokens.length);

  const personTokens = findPersonNames(text, tokens, lower, index, people);
  const personKeys = new Set<string>();
  personTokens.forEach((i) => {
    const t = tokens[i];
    if (t && !people.givenNames.has(lower[i] ?? '')) personKeys.add(nameKey(t.text));
  });

  const candidates: Candidate[] = [];
  const unknown: Recognition['unknown'] = [];

  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || consumed[i] || personTokens.has(i) || !first.capitalised) continue;
    if (FUNCTION_WORDS.has(lower[i] ?? '') || /['’](?:t|ll|re|ve|d|m)$/i.test(first.text)) continue;
    const abbreviation = readAbbreviation(text, tokens, i, index);
    if (abbreviation) {
      candidates.push(abbreviation);
      consumed[i] = 1;
      continue;
    }
    let found: Candidate | null = null;
    let ignoredUpTo = -1;
    // Exact names and demonyms first, longest first; the transliteration-folded key only after.
    for (const sweep of ['exact', 'loose'] as const) {
      for (
        let n = Math.min(MAX_WORDS, tokens.length - i);
        n >= 1 && !found && ignoredUpTo < 0;
        n--
      ) {
        const last = i + n - 1;
        if (!spanIsName(text, tokens, lower, i, last)) continue;
        const phrase = text.slice(first.start, tokens[last]?.end);
        const dateline =
          first.allCaps && first.lineStart && /^\s*[,–—(-]/.test(text.slice(tokens[last]?.end));
        if (
          tokens.slice(i, last + 1).some((t) => t.allCaps) &&
          !dateline &&
          !ALL_CAPS_NAMES.has(phrase)
        )
          continue;
        const key = nameKey(phrase);
        if (rules.ignored(key, articleId)) {
          ignoredUpTo = last;
          break;
        }
        if (NEVER_PLACES.has(key)) continue;
        const base = {
          start: first.start,
          end: tokens[last]?.end ?? first.end,
          text: phrase,
          key,
          firstToken: i,
          lastToken: last,
          commonWord: key.split(' ').every((w) => words.has(w) || NAME_CONNECTORS.has(w)),
          typeHint: null,
          locative: false,
          sentenceStart: first.sentenceStart,
          constrainedBy: null,
        } satisfies Partial<Candidate>;
        if (sweep === 'exact') {
          const demonym = index.demonym(key);
          const exact = index.exact(key);
          if (demonym !== undefined)
            found = { ...base, refs: [demonym * 2], match: 'demonym', commonWord: false };
          else if (exact) found = { ...base, refs: exact, match: 'exact' };
        } else if (n <= 3 && !base.commonWord && !first.allCaps) {
          const loose = looseKey(phrase);
          const refs = index.loose(loose);
          if (refs && loose.replace(/ /g, '').length >= 3)
            found = { ...base, refs, match: 'loose' };
        }
      }
      if (found || ignoredUpTo >= 0) break;
    }
    if (ignoredUpTo >= 0) {
      consumed.fill(1, i, ignoredUpTo + 1);
      i = ignoredUpTo;
      continue;
    }
    if (!found) {
      const cue = lower[i - 1];
      const before = text.slice(Math.max(0, first.start - 40), first.start);
      if (
        ((cue && UNKNOWN_PLACE_CUES.has(cue)) || PLACE_OF.test(before)) &&
        !first.sentenceStart &&
        !first.allCaps &&
        !isCommon(i) &&
        !people.givenNames.has(lower[i] ?? '') &&
        !personKeys.has(nameKey(first.text)) &&
        !NEVER_PLACES.has(lower[i] ?? '') &&
        !rules.ignored(nameKey(first.text), articleId)
      ) {
        unknown.push({ start: first.start, end: first.end, text: first.text });
      }
      continue;
    }
    if (personKeys.has(found.key) && found.match !== 'demonym') continue;
    const verdict = judgeContext(text, tokens, lower, found, index);
    if (verdict === 'part of a name' || verdict === 'a speaker') {
      // "Shamima Begum": later on, "Begum" alone is the same person. Not for names that are
      // surely places: "SOS Children's Villages Sudan" must not block every later "Sudan".
      if (!isProminent(found, index)) personKeys.add(found.key);
      continue;
    }
    if (!verdict) continue;
    consumed.fill(1, found.firstToken, found.lastToken + 1);
    candidates.push(verdict);
    i = found.lastToken;
  }

  const kept = candidates.filter((c) => c.match === 'demonym' || !personKeys.has(c.key));
  linkConstraints(text, kept, tokens);
  return { candidates: kept, unknown };
}

/**
 * "Ky.", "B.C.", "NSW": a written abbreviation of a state or province. Ambiguous ones ("Miss.",
 * "Wash.") count only in the "Town, State." pattern.
 */
function readAbbreviation(
  text: string,
  tokens: Token[],
  i: number,
  index: Gazetteer,
): Candidate | null {
  const t = tokens[i];
  if (!t) return null;
  const withDot = !t.text.endsWith('.') && text[t.end] === '.' ? `${t.text}.` : t.text;
  const hit = index.abbreviation(withDot) ?? index.abbreviation(t.text);
  if (!hit) return null;
  const written = index.abbreviation(withDot) ? withDot : t.text;
  const prev = tokens[i - 1];
  const afterTown = !!prev?.capitalised && /^,\s*$/.test(text.slice(prev.end, t.start));
  if (!hit.standalone && !afterTown) return null;
  return {
    start: t.start,
    end: t.start + written.length,
    text: written,
    key: nameKey(written),
    refs: [hit.place * 2],
    match: 'exact',
    commonWord: false,
    typeHint: 'admin',
    locative: false,
    sentenceStart: t.sentenceStart,
    constrainedBy: null,
    firstToken: i,
    lastToken: i,
  };
}

/** Tokens i..last can be one name: on one line, capitalised ends, connectors inside. */
function spanIsName(
  text: string,
  tokens: Token[],
  lower: string[],
  i: number,
  last: number,
): boolean {
  const end = tokens[last];
  if (!end?.capitalised) return false;
  for (let k = i; k < last; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (!a || !b || !joinable(text, a, b)) return false;
    if (k > i && !a.capitalised && !NAME_CONNECTORS.has(lower[k] ?? '')) return false;
  }
  return true;
}

/**
 * "Syria’s Idlib province", "Idlib, Syria", "Mosul in Iraq": a country next to a name narrows
 * the name's reading to that country. Records the constraining candidate's position.
 */
function linkConstraints(text: string, candidates: Candidate[], tokens: Token[]): void {
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    if (!c || c.match === 'demonym') continue;
    const before = candidates[n - 1];
    const after = candidates[n + 1];
    if (before && tokens[before.lastToken]?.possessive && c.firstToken - before.lastToken <= 3) {
      c.constrainedBy = n - 1;
    } else if (
      after &&
      after.match !== 'demonym' &&
      /^\s*(?:,|in)\s*$/.test(text.slice(c.end, after.start))
    ) {
      c.constrainedBy = n + 1;
    }
  }
}
