/**
 * Whether a temporal expression sits in a clause about the future ("2015 will witness the
 * execution..."). News prose marks the future with a modal; we look for one near the expression,
 * in the same clause, with no past-tense verb between them, so "Mosul fell in July, and officials
 * will..." and "Officials who will leave next year arrived in July" keep July in the past.
 *
 * A sentence's clause boundaries and modals are found once (`SentenceClauses`); each expression
 * then finds its clause and its nearest modals by binary search and reads only the words between,
 * so a sentence costs time linear in its length however many expressions it holds.
 */

const CLAUSE_BOUNDARY = /[,;:()“”"–—]/gu;
const FUTURE_MARKER = /\b(?:will|shall|won[’']t|going\s+to)\b|[’']ll\b/giu;
/**
 * A modal right at the start of the text after an expression: that text starts at a `\b` of its
 * own, whatever precedes the expression's last character.
 */
const FUTURE_MARKER_HERE = /(?:will|shall|won[’']t|going\s+to)\b|[’']ll\b/iuy;
/** A modal right at the end of the text before an expression. */
const FUTURE_MARKER_AT_END = /(?:\b(?:will|shall|won[’']t|going\s+to)|[’']ll)$/iu;
/** How many words may separate the modal and the expression ("will be held in 2018"). */
const MAX_WORDS_BETWEEN = 6;
/**
 * How many characters may separate them. Six words of prose never come near this; six "words"
 * that do are URLs or junk, and this bound keeps the time per expression constant.
 */
const MAX_CHARS_BETWEEN = 500;
/**
 * A verb between the modal and the expression that moves the expression into another clause:
 * a reporting verb ("said in July that they will...") or a finite past verb ("arrived in July").
 */
const INTERVENING_VERB =
  /\b(?:said|says|announced|told|warned|stated|pledged|promised|vowed|claimed|added|predicted|was|were|had|did|fell|fled|went|left|came|took|made|began|saw|met|got|ran|gave|found|swore|lost|won|became|brought|sent|kept)\b/iu;
/** "-ed" past forms, except passives and perfects after "be", "been", "have" ("will be executed"). */
const PAST_ED_VERB = /(?<!\b(?:be|been|being|have|has|had)\s+)\b[a-z]{3,}ed\b/u;

/** True when the words between the modal and the expression keep them in one future clause. */
function linksToFuture(between: string): boolean {
  if (between.length > MAX_CHARS_BETWEEN) return false;
  const words = between.trim().split(/\s+/u).filter(Boolean);
  return (
    words.length <= MAX_WORDS_BETWEEN &&
    !INTERVENING_VERB.test(between) &&
    !PAST_ED_VERB.test(between)
  );
}

/**
 * One sentence's clause boundaries and modals, found once. Modals never overlap one another, so
 * the sentence's matches are exactly the matches within any clause of it, except where a clause
 * is cut at an expression: there a modal may touch the cut, which is checked on its own.
 */
export class SentenceClauses {
  private readonly boundaries: number[] = [];
  private readonly markerStarts: number[] = [];
  private readonly markerEnds: number[] = [];

  constructor(private readonly text: string) {
    for (const m of text.matchAll(CLAUSE_BOUNDARY)) this.boundaries.push(m.index);
    for (const m of text.matchAll(FUTURE_MARKER)) {
      this.markerStarts.push(m.index);
      this.markerEnds.push(m.index + m[0].length);
    }
  }

  /** True when the clause around text[start, end) speaks of the future. */
  isFuture(start: number, end: number): boolean {
    const b = this.boundaries;
    // The clause runs from just after the last boundary before `start` to the first at or
    // after `end` (a modal never crosses a boundary, so it lies within one clause).
    const previous = b[firstAtLeast(b, start) - 1];
    const clauseStart = previous === undefined ? 0 : previous + 1;
    const clauseEnd = b[firstAtLeast(b, end)] ?? this.text.length;
    return this.futureAfter(end, clauseEnd) || this.futureBefore(clauseStart, start);
  }

  /** The first modal in text[from, to) is linked to the expression ending at `from`. */
  private futureAfter(from: number, to: number): boolean {
    FUTURE_MARKER_HERE.lastIndex = from;
    if (FUTURE_MARKER_HERE.test(this.text)) return true;
    const next = this.markerStarts[firstAtLeast(this.markerStarts, from + 1)];
    return next !== undefined && next < to && linksToFuture(this.text.slice(from, next));
  }

  /** The last modal in text[from, to) is linked to the expression starting at `to`. */
  private futureBefore(from: number, to: number): boolean {
    // A modal ending right at the expression: at most 5 letters ("shall") and the character
    // before them that `\b` reads, or "going", its spaces and "to".
    let spaces = to - 2;
    while (spaces > from && /\s/u.test(this.text.charAt(spaces - 1))) spaces--;
    if (FUTURE_MARKER_AT_END.test(this.text.slice(Math.max(from, spaces - 6), to))) return true;
    const n = firstAtLeast(this.markerEnds, to + 1) - 1;
    const start = this.markerStarts[n];
    const end = this.markerEnds[n];
    return (
      start !== undefined &&
      end !== undefined &&
      start >= from &&
      linksToFuture(this.text.slice(end, to))
    );
  }
}

/** The index of the first value >= `target` in ascending `sorted`, or its length. */
function firstAtLeast(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the clause around text[start, end) speaks of the future (one expression). */
export function isInFutureClause(text: string, start: number, end: number): boolean {
  return new SentenceClauses(text).isFuture(start, end);
}
