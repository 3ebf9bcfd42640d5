/**
 * Whether a temporal expression sits in a clause about the future ("2015 will witness the
 * execution..."). News prose marks the future with a modal; we look for one near the expression,
 * in the same clause, with no past-tense verb between them, so "Mosul fell in July, and officials
 * will..." and "Officials who will leave next year arrived in July" keep July in the past.
 */

const CLAUSE_BOUNDARY = /[,;:()“”"–—]/u;
const FUTURE_MARKER = /\b(?:will|shall|won[’']t|going\s+to)\b|[’']ll\b/giu;
/** How many words may separate the modal and the expression ("will be held in 2018"). */
const MAX_WORDS_BETWEEN = 6;
/**
 * A verb between the modal and the expression that moves the expression into another clause:
 * a reporting verb ("said in July that they will...") or a finite past verb ("arrived in July").
 */
const INTERVENING_VERB =
  /\b(?:said|says|announced|told|warned|stated|pledged|promised|vowed|claimed|added|predicted|was|were|had|did|fell|fled|went|left|came|took|made|began|saw|met|got|ran|gave|found|swore|lost|won|became|brought|sent|kept)\b/iu;
/** "-ed" past forms, except passives and perfects after "be", "been", "have" ("will be executed"). */
const PAST_ED_VERB = /(?<!\b(?:be|been|being|have|has|had)\s+)\b[a-z]{3,}ed\b/u;

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BOUNDARY.test(text.charAt(clauseStart - 1))) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < text.length && !CLAUSE_BOUNDARY.test(text.charAt(clauseEnd))) clauseEnd++;
  return { before: text.slice(clauseStart, start), after: text.slice(end, clauseEnd) };
}

/** True when the words between the modal and the expression keep them in one future clause. */
function linksToFuture(between: string): boolean {
  const words = between.trim().split(/\s+/u).filter(Boolean);
  return (
    words.length <= MAX_WORDS_BETWEEN &&
    !INTERVENING_VERB.test(between) &&
    !PAST_ED_VERB.test(between)
  );
}

/** True when the clause around text[start, end) speaks of the future. */
export function isInFutureClause(text: string, start: number, end: number): boolean {
  const { before, after } = clauseAround(text, start, end);
  const futureAfter = [...after.matchAll(FUTURE_MARKER)][0];
  if (futureAfter && linksToFuture(after.slice(0, futureAfter.index))) return true;
  const futureBefore = [...before.matchAll(FUTURE_MARKER)].at(-1);
  if (!futureBefore) return false;
  return linksToFuture(before.slice(futureBefore.index + futureBefore[0].length));
}
