/** Words the temporal recogniser reads: month names, parts of a period, counts, units. */
import type { CalendarUnit, Part } from './types.ts';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Full month names, capitalised as prose writes them (lower-case "may" is a verb). */
export const MONTH_PATTERN = MONTH_NAMES.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|');

/** 1-12 for a month name, or null. */
export function monthNumber(name: string): number | null {
  const index = MONTH_NAMES.indexOf(name.toLowerCase() as (typeof MONTH_NAMES)[number]);
  return index === -1 ? null : index + 1;
}

/** "early", "mid-", "the end of": which third of a month or year the text means. */
export const PART_PATTERN =
  '(?:[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\\s+)?(?:[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\\s+of)';

export function partOf(word: string): Part {
  const w = word.toLowerCase();
  if (/early|beginning|start/.test(w)) return 'early';
  if (/late|end/.test(w)) return 'late';
  return 'mid';
}

const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
};

export const COUNT_PATTERN = `(?:${Object.keys(COUNT_WORDS).join('|')}|\\d{1,2})`;

export function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return COUNT_WORDS[w] ?? null;
}

export const UNIT_PATTERN = '(?:days?|weeks?|months?|years?)';

export function unitOf(word: string): CalendarUnit {
  return word.toLowerCase().replace(/s$/, '') as CalendarUnit;
}

/** Years a news article may plausibly name as a date. */
export const YEAR_PATTERN = '(?:19|20)\\d{2}';
