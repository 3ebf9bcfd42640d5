/**
 * Whether a temporal expression sits in a clause about the future ("2015 will witness the
 * execution..."). News prose marks the future with a modal; we look for one in the clause that
 * holds the expression, so "Mosul fell in July, and officials will..." stays in the past.
 */

const CLAUSE_BOUNDARY = /[,;:()“”"–—]/u;
const FUTURE_MARKER = /\b(?:will|shall|won[’']t|going\s+to)\b|[’']ll\b/giu;
/** "said in July that they will...": the future belongs to what was said, not to July. */
const REPORTING_VERB =
  /\b(?:said|says|announced|told|warned|stated|pledged|promised|vowed|claimed|added|predicted)\b/iu;

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BOUNDARY.test(text.charAt(clauseStart - 1))) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < text.length && !CLAUSE_BOUNDARY.test(text.charAt(clauseEnd))) clauseEnd++;
  return { before: text.slice(clauseStart, start), after: text.slice(end, clauseEnd) };
}

/** True when the clause around text[start, end) speaks of the future. */
export function isInFutureClause(text: string, start: number, end: number): boolean {
  const { before, after } = clauseAround(text, start, end);
  const futureAfter = [...after.matchAll(FUTURE_MARKER)][0];
  if (futureAfter && !REPORTING_VERB.test(after.slice(0, futureAfter.index))) return true;
  const futureBefore = [...before.matchAll(FUTURE_MARKER)].at(-1);
  return futureBefore !== undefined && !REPORTING_VERB.test(before.slice(futureBefore.index));
}
