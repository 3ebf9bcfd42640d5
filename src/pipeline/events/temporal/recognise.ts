/**
 * Finds temporal expressions in a sentence.
 *
 * Calendar dates with a day ("September 12, 2017", "12 Sept 2017", "2017-09-12") come from
 * chrono-node's strict parser. chrono lacks or misreads the vaguer forms news prose is full of
 * ("mid-2014", "late August", "early the next year", "within the last six months") and reads
 * numbers that are not dates ("400 to 600" as times, "A few days later" against today), so those
 * forms are our own rules below, and chrono is kept only for results that name a month and a day.
 */
import * as chrono from 'chrono-node';
import { firstEndingAfter, firstStartingAtOrAfter } from '../../../shared/sortedSpans.ts';
import {
  COUNT_PATTERN,
  MONTH_PATTERN,
  PART_PATTERN,
  UNIT_PATTERN,
  YEAR_PATTERN,
  countOf,
  monthNumber,
  partOf,
  unitOf,
} from './lexicon.ts';
import { SentenceClauses } from './tense.ts';
import type { CalendarUnit, TemporalExpression, TemporalValue } from './types.ts';

interface Rule {
  /** Documents the rule in test names and failures. */
  name: string;
  pattern: RegExp;
  /** The value the match means, or null when the guard rejects it (e.g. "$2015"). */
  read(match: RegExpExecArray, sentence: string): TemporalValue | null;
  /** Kinds that speak of the future whatever the grammar around them. */
  alwaysFuture?: boolean;
}

type PeriodUnit = Exclude<CalendarUnit, 'day'>;

/**
 * "recent weeks", "the coming days", "the past few months" name no count, so we read them
 * generously (wide intervals are honest, narrow ones would not be): a few days is up to two
 * weeks, a few weeks up to two months, a few months up to a year, a few years up to five.
 */
const A_FEW: Record<CalendarUnit, { unit: CalendarUnit; count: number }> = {
  day: { unit: 'week', count: 2 },
  week: { unit: 'month', count: 2 },
  month: { unit: 'year', count: 1 },
  year: { unit: 'year', count: 5 },
};

/** Words before a bare year that make it a date: "in 2012", "since 2014", "by 2020". */
const YEAR_CUE_BEFORE =
  /\b(?:in|since|by|until|till|during|from|of|to|through|before|after|year|early|late|mid)[\s-]+$/iu;
/** What may follow a bare year that is a date: punctuation, the end, or a verb ("2015 will"). */
const YEAR_CUE_AFTER =
  /^(?:\s*(?:[,.;:!?)”’"'–—]|$)|\s+(?:will|would|was|is|saw|see|sees|has|had|brought|brings|marked|marks)\b)/u;
/** "2000 fighters": a count, not a year (verbs ending in -s, like "sees", are not nouns). */
const COUNTED_NOUN_AFTER =
  /^\s+(?!(?:sees|marks|brings|was|has|is)\b)(?:men|women|children|people|[a-z]{3,}s)\b/u;
const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:USD|EUR|GBP|US\$)\s*)$/u;
/** "May" and "March" are a month only after one of these ("in May"), not as a verb or a noun. */
const MONTH_CUE_BEFORE = /\b(?:in|since|by|until|during|from|of|last|this|next)\s+$/iu;

/**
 * The text before a match, as far back as the end-anchored cue patterns above can read: the run
 * of spaces and hyphens before it, and 8 more characters (their longest word, "through", and the
 * character before it that `\b` looks at). Testing them on the whole prefix would cost time
 * linear in the match's offset, quadratic over a long sentence; the result is the same.
 */
function textBefore(sentence: string, index: number): string {
  let runStart = index;
  while (runStart > 0 && /[\s-]/u.test(sentence.charAt(runStart - 1))) runStart--;
  return sentence.slice(Math.max(0, runStart - 8), index);
}

const rules: Rule[] = [
  {
    name: 'anchored year ("early the next year")',
    pattern: new RegExp(
      `\\b(?:(${PART_PATTERN})\\s+)?the\\s+(next|following|previous|preceding|same)\\s+year\\b`,
      'giu',
    ),
    read: (m) => ({
      kind: 'anchored-year',
      offset: /next|following/i.test(m[2] ?? '') ? 1 : /same/i.test(m[2] ?? '') ? 0 : -1,
      part: m[1] ? partOf(m[1]) : null,
    }),
  },
  {
    name: 'trailing span ("within the last six months", "the past year")',
    pattern: new RegExp(
      `\\b(?:(?:within|in|over|during|throughout|for)\\s+)?the\\s+(?:last|past)\\s+(?:(${COUNT_PATTERN}|few|several)\\s+)?(${UNIT_PATTERN})\\b`,
      'giu',
    ),
    read: (m) => {
      const unit = unitOf(m[2] ?? '');
      if (m[1] && /few|several/i.test(m[1])) return { kind: 'trailing', ...A_FEW[unit] };
      const count = m[1] ? countOf(m[1]) : 1;
      return count === null ? null : { kind: 'trailing', unit, count };
    },
  },
  {
    name: 'recent span ("in recent weeks")',
    pattern: new RegExp(`\\b(?:in|over|during)\\s+recent\\s+(${UNIT_PATTERN})\\b`, 'giu'),
    read: (m) => ({ kind: 'trailing', ...A_FEW[unitOf(m[1] ?? '')] }),
  },
  {
    name: 'coming span ("in the coming days")',
    pattern: new RegExp(
      `\\b(?:(?:in|over|during|within)\\s+)?the\\s+(?:coming|next)\\s+(?:(${COUNT_PATTERN}|few|several)\\s+)?(${UNIT_PATTERN})\\b`,
      'giu',
    ),
    read: (m) => {
      const unit = unitOf(m[2] ?? '');
      if (!m[1] || /few|several/i.test(m[1])) return { kind: 'coming', ...A_FEW[unit] };
      const count = countOf(m[1]);
      return count === null ? null : { kind: 'coming', unit, count };
    },
    alwaysFuture: true,
  },
  {
    name: 'later this unit ("later this month")',
    pattern: /\blater\s+this\s+(week|month|year)\b/giu,
    read: (m) => ({ kind: 'this-unit', unit: unitOf(m[1] ?? '') as PeriodUnit }),
    alwaysFuture: true,
  },
  {
    name: 'this unit ("earlier this month", "this week")',
    pattern: /\b(?:earlier\s+)?this\s+(week|month|year)\b/giu,
    read: (m) => ({ kind: 'this-unit', unit: unitOf(m[1] ?? '') as PeriodUnit }),
  },
  {
    name: 'previous unit ("last month")',
    pattern: /\blast\s+(week|month|year)\b/giu,
    read: (m) => ({ kind: 'previous-unit', unit: unitOf(m[1] ?? '') as PeriodUnit }),
  },
  {
    name: 'next unit ("next year")',
    pattern: /\bnext\s+(week|month|year)\b/giu,
    read: (m) => ({ kind: 'next-unit', unit: unitOf(m[1] ?? '') as PeriodUnit }),
    alwaysFuture: true,
  },
  {
    name: 'part of a month ("late August")',
    pattern: new RegExp(
      `\\b(${PART_PATTERN})[\\s-]+(${MONTH_PATTERN})\\b(?!\\s+\\d{1,2}\\b)(?:,?\\s+(${YEAR_PATTERN})\\b)?`,
      'gu',
    ),
    read: (m) => ({
      kind: 'part-month',
      part: partOf(m[1] ?? ''),
      month: monthNumber(m[2] ?? '') ?? 1,
      year: m[3] ? Number(m[3]) : null,
    }),
  },
  {
    name: 'part of a year ("mid-2014", "early 2014")',
    pattern: new RegExp(`\\b(${PART_PATTERN})[\\s-]+(?:of\\s+)?(${YEAR_PATTERN})\\b`, 'giu'),
    read: (m) => ({ kind: 'part-year', part: partOf(m[1] ?? ''), year: Number(m[2]) }),
  },
  {
    name: 'month ("in July", "July 2014")',
    pattern: new RegExp(
      `(?<!\\d\\s*)\\b(${MONTH_PATTERN})\\b(?!\\s+\\d{1,2}\\b)(?:,?\\s+(${YEAR_PATTERN})\\b)?`,
      'gu',
    ),
    read: (m, sentence) => {
      const name = m[1] ?? '';
      // "May" and "March" are also a verb and a noun: take them only where a month is expected.
      const ambiguous = name === 'May' || name === 'March';
      if (ambiguous && !m[2] && !MONTH_CUE_BEFORE.test(textBefore(sentence, m.index))) {
        return null;
      }
      return { kind: 'month', month: monthNumber(name) ?? 1, year: m[2] ? Number(m[2]) : null };
    },
  },
  {
    name: 'year ("some time in 2012", "2015 will")',
    pattern: new RegExp(
      `\\b(?:(?:some\\s*time|at\\s+some\\s+point)\\s+in\\s+)?(${YEAR_PATTERN})\\b`,
      'giu',
    ),
    read: (m, sentence) => {
      const before = textBefore(sentence, m.index);
      const after = sentence.slice(m.index + m[0].length);
      const countsSomething = COUNTED_NOUN_AFTER.test(after);
      if (
        CURRENCY_BEFORE.test(before) ||
        countsSomething ||
        /^[,.]\d/u.test(after) ||
        /\d[,.]?$/u.test(before)
      ) {
        return null;
      }
      const cued = m[0] !== m[1] || YEAR_CUE_BEFORE.test(before) || YEAR_CUE_AFTER.test(after);
      return cued ? { kind: 'year', year: Number(m[1]) } : null;
    },
  },
];

/**
 * A date written on the calendar: a month name or abbreviation, or numeric day-month-year.
 * chrono also computes days from "A few days later" and "for two weeks" against its reference
 * instant; those are durations or relative to an unknown moment, not dates.
 */
const WRITTEN_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/u;

/**
 * What every text WRITTEN_DATE matches contains (the same, without its word boundaries): where
 * the sentence has none, no reading of chrono's can pass the filter below.
 */
const MAY_HOLD_WRITTEN_DATE =
  /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/u;

/** chrono's readings that name a month and a day; everything else chrono offers is ignored. */
function calendarDays(sentence: string): { start: number; end: number; value: TemporalValue }[] {
  // Every written day has a digit and a month or a numeric date; most sentences have neither,
  // and chrono is the slow part.
  if (!/\d/u.test(sentence) || !MAY_HOLD_WRITTEN_DATE.test(sentence)) return [];
  return chrono.strict
    .parse(sentence, new Date(2000, 0, 1))
    .filter((r) => WRITTEN_DATE.test(r.text))
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month'))
    .map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      value: {
        kind: 'day',
        month: r.start.get('month') ?? 1,
        day: r.start.get('day') ?? 1,
        year: r.start.isCertain('year') ? (r.start.get('year') ?? null) : null,
        weekday: r.start.isCertain('weekday') ? (r.start.get('weekday') ?? null) : null,
      },
    }));
}

/**
 * The temporal expressions in `sentence`, in text order, without overlaps: where two readings
 * overlap, the more specific one (chrono's calendar days, then the rules in order) wins.
 */
export function recogniseTemporalExpressions(sentence: string): TemporalExpression[] {
  const found: TemporalExpression[] = [];
  // What is taken so far, sorted by start: taken spans never overlap, so their ends are sorted
  // too, and an overlap check is a binary search rather than a scan of everything found.
  const taken: { start: number; end: number }[] = [];
  let clauses: SentenceClauses | null = null;
  const accept = (start: number, end: number, value: TemporalValue, alwaysFuture: boolean) => {
    const next = firstEndingAfter(taken, start);
    const other = taken[next];
    if (other && other.start < end) return;
    taken.splice(firstStartingAtOrAfter(taken, start), 0, { start, end });
    const future = alwaysFuture || (clauses ??= new SentenceClauses(sentence)).isFuture(start, end);
    found.push({ start, end, text: sentence.slice(start, end), value, future });
  };

  for (const day of calendarDays(sentence)) accept(day.start, day.end, day.value, false);
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const match of sentence.matchAll(rule.pattern)) {
      const value = rule.read(match as RegExpExecArray, sentence);
      if (value)
        accept(match.index, match.index + match[0].length, value, rule.alwaysFuture ?? false);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
