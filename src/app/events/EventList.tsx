import { useEffect, useRef, useState } from 'react';
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

/** Rendering every row of a 100,000-event corpus would stall the page; more on request. */
const PAGE = 150;

function dateLabel(index: CorpusIndex, i: number): string {
  const e = at(index.corpus.events, i);
  if (!e.date) return 'Undated';
  const label = formatDayRange(e.date);
  if (e.future) return `${label} (future)`;
  return e.dateBasis === 'published' ? `${label} (publication date)` : label;
}

/** The accessible chronological list of the visible events: the phone layout's main view. */
export function EventList({
  index,
  events,
  selectedId,
  highlightedIds,
  onSelect,
  onHover,
}: EventListProps) {
  const [shown, setShown] = useState(PAGE);
  const selectedRef = useRef<HTMLButtonElement>(null);
  const { corpus } = index;

  useEffect(
    function revealSelectedEvent() {
      selectedRef.current?.scrollIntoView({ block: 'nearest' });
    },
    [selectedId],
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

  // Keep the selected event rendered even when it lies beyond the current page.
  const selectedIdx = selectedId === null ? -1 : (index.eventIndex.get(selectedId) ?? -1);
  const selectedPos = selectedIdx === -1 ? -1 : events.indexOf(selectedIdx);
  const limit = Math.max(shown, selectedPos + 1);
  const rows = Array.from(events.subarray(0, limit));

  return (
    <div className="event-list">
      <ul aria-label="Events" className="event-list__items">
        {rows.map((i) => {
          const e = at(corpus.events, i);
          const article = corpus.articles[index.eventArticle[i] ?? -1];
          const placeNames = placesOfEvent(index, i).map((pi) => at(corpus.places, pi).name);
          const selected = e.id === selectedId;
          return (
            <li key={e.id} className="event-list__item">
              <button
                type="button"
                ref={selected ? selectedRef : undefined}
                className={`event-row${selected ? ' is-selected' : ''}${highlightedIds.has(e.id) ? ' is-highlighted' : ''}`}
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
                  {[placeNames.join(', '), article?.title ?? '']
                    .filter((part) => part !== '')
                    .join(' · ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {limit < events.length && (
        <button type="button" className="event-list__more" onClick={() => setShown(limit + PAGE)}>
          Show more events ({events.length - limit} left)
        </button>
      )}
    </div>
  );
}
