/**
 * The timeline's props: the only thing the app shell and the timeline share. The timeline knows
 * nothing of places, the map or the URL; it draws dated items and reports what the user did.
 */
import type { DatePrecision } from '../../shared/corpus.ts';

/** An inclusive range of ISO days, "YYYY-MM-DD". */
export interface DayRange {
  start: string;
  end: string;
}

export interface TimelineItem {
  id: string;
  /** The event's date as an inclusive day range, at its true precision. */
  start: string;
  end: string;
  /**
   * `start` and `end` as day numbers (days since 1970-01-01), when the caller has them: items
   * made once per corpus save a filter update from re-reading 100,000 ISO dates.
   */
  startDay?: number;
  endDay?: number;
  precision: DatePrecision;
  /** 'text': dated by the sentence itself; 'published': dated only by the article's publication. */
  basis: 'text' | 'published';
  /** Short text for tooltips and accessible names. */
  label: string;
}

export interface TimelineProps {
  /**
   * Every item the timeline may show (dated events), as one array for the life of the data:
   * everything per item is indexed once per array.
   */
  items: readonly TimelineItem[];
  /**
   * The indexes in `items` of the items that pass the current filters, each once and ascending,
   * or null for all of them. A new array per filter change: only what depends on it is redone.
   */
  visible: Int32Array | null;
  /** The whole corpus's extent, so the axis does not jump as filters change. */
  domain: DayRange;
  /** The date-range filter (the brush); null when no range is picked. */
  selection: DayRange | null;
  onSelectionChange: (range: DayRange | null) => void;
  selectedId: string | null;
  /** Items to emphasise (e.g. the events of the place under the pointer). */
  highlightedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}
