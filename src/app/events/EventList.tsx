/**
 * The accessible chronological list of the visible events: the phone layout's main view. It
 * renders a page of rows and extends itself as its end scrolls into view (the "Show more" button
 * does the same by keyboard), so a filter change builds a few dozen rows, not thousands.
 */
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { at, type CorpusIndex } from '../data/corpusIndex.ts';
import { formatDayRange } from '../data/formatDates.ts';
import { placesOfEvent } from '../data/selectors.ts';
import './events.css';

export interface EventListProps {
  index: CorpusIndex;
  /** Visible event indexes in date order. */
  events: Int32Array;
  selectedId: string | null;
  /** Events to emphasise, e.g. those of the place under the pointer. */
  highlightedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/**
 * Rows per page. Each filter change renders the first page, and its rows are much of what a
 * change costs (to build, style, lay out and later remove), so it is about two screenfuls of the
 * list at 1280 by 800, where four rows show (rows are at least ~60 px high); a taller screen gets
 * the next page at once, from the observer below, in a task of its own.
 */
const PAGE = 12;

function dateLabel(index: CorpusIndex, i: number): string {
  const e = at(index.corpus.events, i);
  if (!e.date) return 'Undated';
  const label = formatDayRange(e.date);
  if (e.future) return `${label} (future)`;
  return e.dateBasis === 'published' ? `${label} (publication date)` : label;
}

interface EventRowProps {
  index: CorpusIndex;
  i: number;
  selected: boolean;
  highlighted: boolean;
  selectedRef: RefObject<HTMLButtonElement | null>;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/**
 * One row; memoised, so a change that leaves a row's event and state as they were skips it. Rows
 * are keyed by position, not by event: a filter change writes the new events into the rows
 * already there (text and attributes), rather than removing every row and building new ones,
 * which cost element creation, style and a second layout pass (see PAGE).
 */
const EventRow = memo(function EventRow({
  index,
  i,
  selected,
  highlighted,
  selectedRef,
  onSelect,
  onHover,
}: EventRowProps) {
  const { corpus } = index;
  const e = at(corpus.events, i);
  const article = corpus.articles[index.eventArticle[i] ?? -1];
  const placeNames = placesOfEvent(index, i).map((pi) => at(corpus.places, pi).name);
  return (
    <li className="event-list__item">
      <button
        type="button"
        ref={selected ? selectedRef : undefined}
        className={`event-row${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(e.id)}
        onMouseEnter={() => onHover(e.id)}
        onMouseLeave={() => onHover(null)}
        onFocus={() => onHover(e.id)}
        onBlur={() => onHover(null)}
      >
        <span className="event-row__date">{dateLabel(index, i)}</span>
        <span className="event-row__text">{e.text.trim()}</span>
        <span className="event-row__meta">
          {/* An event with no place starts with its article, not with a separator. */}
          {[placeNames.join(', '), article?.title ?? ''].filter((part) => part !== '').join(' · ')}
        </span>
      </button>
    </li>
  );
});

export function EventList({
  index,
  events,
  selectedId,
  highlightedIds,
  onSelect,
  onHover,
}: EventListProps) {
  const [shown, setShown] = useState(PAGE);
  // A new set of events starts again from one page (adjusted while rendering, as React advises
  // for state that follows a prop).
  const [shownFor, setShownFor] = useState(events);
  if (shownFor !== events) {
    setShownFor(events);
    setShown(PAGE);
  }
  const selectedRef = useRef<HTMLButtonElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const { corpus } = index;

  useEffect(
    function revealSelectedEvent() {
      selectedRef.current?.scrollIntoView({ block: 'nearest' });
    },
    [selectedId],
  );

  const selectedIdx = selectedId === null ? -1 : (index.eventIndex.get(selectedId) ?? -1);
  const selectedPos = selectedIdx === -1 ? -1 : events.indexOf(selectedIdx);
  // Keep the selected event rendered even when it lies beyond the current page.
  const limit = Math.min(events.length, Math.max(shown, selectedPos + 1));

  useEffect(
    function showMoreWhenScrolledToEnd() {
      const more = moreRef.current;
      if (!more || typeof IntersectionObserver === 'undefined') return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setShown(limit + PAGE);
        },
        { root: more.closest('.event-list'), rootMargin: '600px 0px' },
      );
      observer.observe(more);
      return function stopWatchingEnd() {
        observer.disconnect();
      };
    },
    [limit],
  );

  if (events.length === 0) {
    // The list stays (a screen reader user who jumps to it hears why it is empty).
    return (
      <div className="event-list">
        <ul aria-label="Events" className="event-list__items">
          <li className="event-list__empty">
            {corpus.events.length === 0
              ? 'This corpus has no events yet: its places are on the map.'
              : 'No events match these filters.'}
          </li>
        </ul>
      </div>
    );
  }

  const rows: number[] = [];
  for (let k = 0; k < limit; k++) rows.push(events[k] as number);

  return (
    <div className="event-list">
      <ul aria-label="Events" className="event-list__items">
        {rows.map((i, position) => {
          const id = at(corpus.events, i).id;
          return (
            <EventRow
              key={position}
              index={index}
              i={i}
              selected={id === selectedId}
              highlighted={highlightedIds.has(id)}
              selectedRef={selectedRef}
              onSelect={onSelect}
              onHover={onHover}
            />
          );
        })}
      </ul>
      {limit < events.length && (
        <button
          ref={moreRef}
          type="button"
          className="event-list__more"
          onClick={() => setShown(limit + PAGE)}
        >
          Show more events ({events.length - limit} left)
        </button>
      )}
    </div>
  );
}
