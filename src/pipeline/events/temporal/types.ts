/**
 * A temporal expression as recognised in a sentence, before it is placed on the calendar.
 * Each kind keeps only what the text states; resolution against the publication range (and the
 * year a narrative is anchored to) happens in resolve.ts.
 */

export type Part = 'early' | 'mid' | 'late';
export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

export type TemporalValue =
  /** "2012", "some time in 2012" */
  | { kind: 'year'; year: number }
  /** "mid-2014", "early 2014", "late 2014", "the end of 2014" */
  | { kind: 'part-year'; part: Part; year: number }
  /** "July", "July 2014" (year null: the most recent such month not after publication) */
  | { kind: 'month'; month: number; year: number | null }
  /** "late August", "early July 2014" */
  | { kind: 'part-month'; part: Part; month: number; year: number | null }
  /** "September 12, 2017", "Wednesday, December 25" (from chrono; year null when not written) */
  | { kind: 'day'; month: number; day: number; year: number | null; weekday: number | null }
  /** "the next year", "early the following year": relative to the year the narrative is in */
  | { kind: 'anchored-year'; offset: number; part: Part | null }
  /** "this week", "this month", "earlier this month", "this year" */
  | { kind: 'this-unit'; unit: Exclude<CalendarUnit, 'day'> }
  /** "last month", "last year" (the previous calendar unit) */
  | { kind: 'previous-unit'; unit: Exclude<CalendarUnit, 'day'> }
  /** "next year", "next month" (the following calendar unit; always the future) */
  | { kind: 'next-unit'; unit: Exclude<CalendarUnit, 'day'> }
  /** "within the last six months", "the past year", "in recent weeks": up to publication */
  | { kind: 'trailing'; unit: CalendarUnit; count: number }
  /** "in the coming days": from publication onwards (always the future) */
  | { kind: 'coming'; unit: CalendarUnit; count: number };

export interface TemporalExpression {
  /** UTF-16 offsets in the text that was searched, end exclusive. */
  start: number;
  end: number;
  /** The expression as written ("late August", "within the last six months"). */
  text: string;
  value: TemporalValue;
  /** The clause speaks of the future ("2015 will witness", "in the coming days"). */
  future: boolean;
}
