/**
 * What the per-article stages can process in bounded time. The events stage rescans a sentence
 * around each expression in it, so its cost grows with the square of the sentence's length (a
 * 144,000-character line took 75 s). News prose never comes near the limit, so a text beyond it
 * is reported and skipped, never left to hang the build. The length of a whole article needs no
 * limit of its own beyond the 2 MB read limit: the rest is linear (10,000 sentences in ~4 s).
 */

/** No real sentence runs this long without a full stop, question mark or line break. */
export const MAX_SENTENCE_CHARS = 5_000;

/** Why the text cannot be processed in bounded time, or null when it can. */
export function beyondLimits(text: string): string | null {
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
