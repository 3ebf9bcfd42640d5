/**
 * What the per-article stages can process in bounded time. Two costs grow faster than the text:
 * the events stage rescans a sentence around each expression in it (quadratic in the sentence's
 * length: a 144,000-character line took 75 s), and place resolution weighs every mention against
 * the article's others (quadratic in mentions: 10,000 sentences took 109 s). News prose is far
 * below both limits, so a text beyond them is reported and skipped, never left to hang the build.
 */

/** About 30,000 words: longer than any news feature; such a text takes seconds, not minutes. */
export const MAX_ARTICLE_CHARS = 200_000;
/** No real sentence runs this long without a full stop, question mark or line break. */
export const MAX_SENTENCE_CHARS = 5_000;

/** Why the text cannot be processed in bounded time, or null when it can. */
export function beyondLimits(text: string): string | null {
  if (text.length > MAX_ARTICLE_CHARS) {
    return `too long to process (${text.length} characters; the limit is ${MAX_ARTICLE_CHARS})`;
  }
  const run = longestUnbrokenRun(text);
  if (run > MAX_SENTENCE_CHARS) {
    return `not prose: ${run} characters without a sentence break (the limit is ${MAX_SENTENCE_CHARS})`;
  }
  return null;
}

/** The longest stretch between sentence ends or line breaks. */
export function longestUnbrokenRun(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // . ! ? and line breaks end a stretch
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d) {
      longest = Math.max(longest, i - start);
      start = i + 1;
    }
  }
  return Math.max(longest, text.length - start);
}
