/**
 * Splits an article's text into sentences with exact UTF-16 offsets.
 *
 * News text mixes prose with headline lines, bylines and share-button junk, none of which end in
 * a full stop, so every line is first its own unit; within a line we break after terminal
 * punctuation (with any closing quotes or brackets) when whitespace and a sentence opener follow.
 */

export interface SentenceSpan {
  /** UTF-16 offsets into the article text, end exclusive; the text is trimmed of whitespace. */
  start: number;
  end: number;
  text: string;
}

/** Words that end in a period without ending a sentence ("Dr. Ali", "Gen. Mazloum"). */
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr Prof St Sr Jr Gen Col Lt Maj Capt Sgt Cpl Adm Gov Sen Rep Rev Hon Pres Amb ' +
    'Mt Ft Inc Ltd Co Corp vs al'
  ).split(' '),
);

/**
 * Abbreviations that are also ordinary sentence-final words ("No.") or only abbreviate before a
 * number ("Sept. 12", "No. 5"): they hold a sentence together only when a number follows.
 */
const ABBREVIATIONS_BEFORE_NUMBER = new Set(
  'No Nos Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
);

/** Terminal punctuation, then closing quotes/brackets, then the whitespace that may split. */
const SENTENCE_END = /[.!?…]+[”’"')\]]*(?=\s)/gu;

/** What a new sentence may start with: a capital, a digit, an opening quote or bracket. */
const SENTENCE_OPENER = /^\s+[\p{Lu}\p{N}“‘"'([]/u;

/** The word right before a period, e.g. "Dr" in "Dr." or "U.S" in "U.S.". */
const WORD_BEFORE_PERIOD = /([\p{L}.]+)\.$/u;

function endsWithAbbreviation(textBeforeEnd: string, textAfter: string): boolean {
  const match = WORD_BEFORE_PERIOD.exec(textBeforeEnd);
  if (!match?.[1]) return false;
  const word = match[1];
  if (ABBREVIATIONS.has(word)) return true;
  if (ABBREVIATIONS_BEFORE_NUMBER.has(word)) return /^\s+\p{N}/u.test(textAfter);
  // Initials and dotted acronyms: "W." in "George W. Bush", "U.S." (the last letter's dot is ours).
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/**
 * The text from the last space before `end` (not before `from`) to `end`: all that
 * WORD_BEFORE_PERIOD can match, as letters and dots are never spaces. Testing the pattern on the
 * sentence so far instead would cost time linear in its length at every abbreviation.
 */
function lastWord(line: string, from: number, end: number): string {
  let start = end;
  while (start > from && !/\s/u.test(line.charAt(start - 1))) start--;
  return line.slice(start, end);
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: SentenceSpan[]): void {
  const line = text.slice(lineStart, lineEnd);
  let sentenceStart = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const punctuationEnd = match.index + match[0].length;
    const rest = line.slice(punctuationEnd);
    if (!SENTENCE_OPENER.test(rest)) continue;
    // Only a lone period can belong to an abbreviation; "?", "!" and "…" always end a sentence.
    const isLonePeriod = /^\.[”’"')\]]*$/u.test(match[0]);
    if (isLonePeriod && endsWithAbbreviation(lastWord(line, sentenceStart, match.index + 1), rest))
      continue;
    pushTrimmed(out, text, lineStart + sentenceStart, lineStart + punctuationEnd);
    sentenceStart = punctuationEnd;
  }
  pushTrimmed(out, text, lineStart + sentenceStart, lineEnd);
}

/** The sentences of `text` in order; `text.slice(s.start, s.end) === s.text` for each. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (const match of text.matchAll(lineBreak)) {
    splitLine(text, lineStart, match.index, out);
    lineStart = match.index + match[0].length;
  }
  splitLine(text, lineStart, text.length, out);
  return out;
}
