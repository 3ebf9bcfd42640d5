/**
 * Word tokens with their UTF-16 offsets and the few surface facts recognition needs:
 * capitalisation, possessive "’s", and whether the word opens a sentence or a line.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First letter upper-case ("Syria", "al-Bab" counts: its name part is capitalised). */
  capitalised: boolean;
  /** Every letter upper-case and at least two letters: "ERBIL", "SDF", "U.S.". */
  allCaps: boolean;
  /** Followed by "’s" or "'s" (not part of `text`). */
  possessive: boolean;
  /** First word of a sentence (after . ! ? or an opening quote), where capitals prove nothing. */
  sentenceStart: boolean;
  /** First word of its line. */
  lineStart: boolean;
}

// Letters and digits, joined by inner hyphens, apostrophes or dots ("ez-Zour", "U.S").
const WORD = /[\p{L}\p{N}]+(?:[-‐'’.][\p{L}\p{N}]+)*/gu;
const ARTICLE_PREFIX = /^(?:al|el|ar|as|az|ad|an|ash|at|ath|ad|ed|ez|es|ul)[-‐][\p{Lu}]/u;
const POSSESSIVE = /['’]s$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    for (const piece of splitModifierHyphen(m[0], m.index)) {
      let { word, start } = piece;
      let possessive = false;
      if (POSSESSIVE.test(word) && word.length > 2) {
        word = word.slice(0, -2);
        possessive = true;
      } else if (
        /['’]$/.test(text.slice(start + word.length, start + word.length + 1)) &&
        /s$/.test(word)
      ) {
        possessive = true; // "Isis’ territory"
      }
      // "U.S." keeps its final dot.
      if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && text[start + word.length] === '.') word += '.';
      const end = start + word.length;
      tokens.push({
        text: word,
        start,
        end,
        capitalised: /^\p{Lu}/u.test(word) || ARTICLE_PREFIX.test(word),
        allCaps: /\p{L}.*\p{L}/u.test(word) && word === word.toUpperCase() && /\p{Lu}/u.test(word),
        possessive,
        sentenceStart: opensSentence(text, start),
        lineStart: opensLine(text, start),
      });
      start = end;
    }
  }
  return tokens;
}

/** "US-led" → "US" + "led"; "Isis-held" → "Isis" + "held"; "ez-Zour", "Saudi-Arabian" stay whole. */
function splitModifierHyphen(word: string, start: number): { word: string; start: number }[] {
  const m = /^(\p{Lu}[\p{L}\p{N}.]*)[-‐](\p{Ll}+)$/u.exec(word);
  if (!m?.[1] || !m[2]) return [{ word, start }];
  return [
    { word: m[1], start },
    { word: m[2], start: start + m[1].length + 1 },
  ];
}

function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s“"‘'([«—–-]/.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;…]/.test(text[i] ?? '');
}

function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** True when only spaces (no line break, no punctuation) separate the two tokens. */
export function joinable(text: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) && !a.possessive;
}
