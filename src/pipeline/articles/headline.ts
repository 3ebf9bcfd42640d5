/**
 * Finds an article's headline when no sidecar gives one. Copied web pages rarely start with it:
 * above it sit section labels ("Conflict"), site banners ("Wednesday, December 25"), share
 * buttons ("Google+ Pinterest LinkedIn Tumblr +") and bylines. So we look at the first few
 * non-empty lines, drop the ones that are clearly page furniture, and prefer one shaped like a
 * headline: 4 to 20 words, no closing full stop, capitalised.
 */

/** Headlines sit near the top; further down, a headline-shaped line is a subheading. */
const LINES_TO_CONSIDER = 8;
const MIN_WORDS = 4;
const MAX_WORDS = 20;
/** A fallback line is clipped, so a title is never a whole paragraph. */
const MAX_FALLBACK_CHARS = 120;

const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** Words a date or time stamp is made of, e.g. "Updated: Wed 25 Dec 2019, 10:32 GMT". */
const DATE_WORD = new RegExp(
  `^(?:${WEEKDAYS}|${MONTHS}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}:\\d{2}|am|pm|gmt|utc|updated|published|posted|last|on|at|of)$`,
  'i',
);
const SOCIAL =
  /\b(?:facebook|twitter|google\+?|pinterest|linkedin|tumblr|whatsapp|reddit|email|share|tweet|print)\b/gi;
const BYLINE =
  /^(?:by|analysis by|reporting by|written by|words by|photo:|image:|credit:|source:)\s/i;

/** The best headline-like line near the top of the text, or null if there is no candidate. */
export function findHeadline(text: string): string | null {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .slice(0, LINES_TO_CONSIDER);
  const candidates = lines.filter((line) => !isPageFurniture(line));
  const headline = candidates.find(isHeadlineShaped);
  if (headline !== undefined) return headline;
  const fallback = candidates[0];
  return fallback === undefined ? null : clip(fallback, MAX_FALLBACK_CHARS);
}

function words(line: string): string[] {
  return line.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Lines that are never a headline, whatever else we find. */
export function isPageFurniture(line: string): boolean {
  const ws = words(line);
  if (ws.length <= 2) return true; // a section label ("Conflict", "Middle East") or a lone name
  if (BYLINE.test(line)) return true;
  if (isDateBanner(ws)) return true;
  if (isShareButtons(line, ws)) return true;
  return false;
}

function isDateBanner(ws: string[]): boolean {
  return ws.every((w) => DATE_WORD.test(w.replace(/[^\p{L}\p{N}:]/gu, '').replace(/^:+|:+$/g, '')));
}

function isShareButtons(line: string, ws: string[]): boolean {
  const social = line.match(SOCIAL)?.length ?? 0;
  return social >= 2 && social >= ws.length / 2;
}

/** Capitalised, of headline length, not a sentence of body text. */
export function isHeadlineShaped(line: string): boolean {
  const ws = words(line);
  if (ws.length < MIN_WORDS || ws.length > MAX_WORDS) return false;
  if (/[.:;,]$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  const first = line.match(/[\p{L}\p{N}]/u)?.[0];
  if (first === undefined || first !== first.toUpperCase()) return false;
  // Photo captions and credits often end with the credit.
  if (/\b(?:photo|image|credit)s?:/i.test(line)) return false;
  return true;
}

function clip(line: string, max: number): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
