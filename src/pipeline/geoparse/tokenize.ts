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
        sentenceStart:
          opensSentence(text, start) || (SENTENCE_OPENERS.has(word) && text[start - 2] === '.'),
        lineStart: opensLine(text, start),
      });
      start = end;
    }
  }
  return tokens;
}

// Words that turn a name into a modifier: "US-led", "Isis-held", "London-based".
const MODIFIER_SUFFIXES = new Set(
  `led backed based born held controlled run owned made bound style era dominated linked affiliated
  allied funded sponsored supported inspired occupied administered annexed brokered ruled speaking
  flagged registered listed wide bred raised educated trained area region`.split(/\s+/),
);

/** "US-led" → "US" + "led"; "Isis-held" → "Isis" + "held"; "ez-Zour", "Jong-un" stay whole. */
function splitModifierHyphen(word: string, start: number): { word: string; start: number }[] {
  const m = /^(\p{Lu}[\p{L}\p{N}.]*)[-‐](\p{Ll}+)$/u.exec(word);
  if (!m?.[1] || !m[2] || !MODIFIER_SUFFIXES.has(m[2])) return [{ word, start }];
  return [
    { word: m[1], start },
    { word: m[2], start: start + m[1].length + 1 },
  ];
}

// After an abbreviation's full stop ("in the U.S. The first..."), these still open a sentence.
const SENTENCE_OPENERS = new Set(
  'The A An It He She They We This That These Those In On At But And However There His Her Its Their'.split(
    ' ',
  ),
);

function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s“"‘'([«—–-]/.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0 || /[!?:;…]/.test(text[i] ?? '')) return true;
  // A full stop ends a sentence unless it closes an abbreviation ("U.S. Army", "Dr. Ali").
  return (
    text[i] === '.' &&
    !/(?:\b\p{Lu}\.\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Sen|Rep|Gov|Jr|Sr|No|Mt|Ft)|\b\p{Lu})$/u.test(
      text.slice(Math.max(0, i - 6), i),
    )
  );
}

function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** True when only spaces (no line break, no punctuation) separate the two tokens. */
export function joinable(text: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) && !a.possessive && !b.sentenceStart;
}
