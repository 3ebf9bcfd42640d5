/**
 * What the per-article stages can process in bounded time. Every stage is linear in the length of
 * the text, long sentences included: the events stage finds a sentence's clause boundaries and
 * modals once and looks each expression's up by binary search, and looks for a modal at most 500
 * characters away. A 200,000-character line with no sentence break takes about 1-2 s, 10,000
 * sentences about 2.5 s, and the worst text measured, 2,000,000 characters on one line, 7-13 s.
 * So no article is turned away for its shape (a long run without a sentence break used to be,
 * at 5,000 characters, when the events stage was quadratic in it: 144,000 characters took 75 s);
 * the only bound is its length, the 2 MB read limit, restated here in characters for callers that
 * do not go through the reader.
 */
import { MAX_ARTICLE_BYTES } from '../articles/readArticles.ts';

/** UTF-8 never decodes to more UTF-16 code units than it has bytes: the read limit, in characters. */
export const MAX_ARTICLE_CHARS = MAX_ARTICLE_BYTES;

/** Why the text cannot be processed in bounded time, or null when it can. */
export function beyondLimits(text: string): string | null {
  if (text.length > MAX_ARTICLE_CHARS) {
    return `too large: ${text.length} characters (the limit is ${MAX_ARTICLE_CHARS})`;
  }
  return null;
}
