import { at, type CorpusIndex } from '../data/corpusIndex.ts';
import { formatDayRange } from '../data/formatDates.ts';
import { eventsOfPlace, type Visibility } from '../data/selectors.ts';
import './places.css';

export interface PlaceCardProps {
  index: CorpusIndex;
  visibility: Visibility;
  placeIdx: number;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
  onClose: () => void;
}

/**
 * Events the card lists: a summary, as the events list (filtered to the place) shows them all;
 * each row is built on every pick, so a long card made picks slower too.
 */
const CARD_EVENTS = 20;

const KIND_LABEL = {
  country: 'Country',
  region: 'Region',
  admin1: 'Province',
  city: 'Town or city',
  other: 'Place',
};

/** The selected place: what it is, where, and the visible events that mention it, by date. */
export function PlaceCard({
  index,
  visibility,
  placeIdx,
  selectedEventId,
  onSelectEvent,
  onClose,
}: PlaceCardProps) {
  const { corpus } = index;
  const place = corpus.places[placeIdx];
  if (!place) return null;
  const country =
    place.countryCode === null
      ? null
      : corpus.countries[index.countryIndex.get(place.countryCode) ?? -1];
  const events = eventsOfPlace(index, visibility, placeIdx);
  const demonymOnly = visibility.placeDemonymOnly[placeIdx] === 1;

  return (
    <section className="place-card" aria-labelledby="place-card-title">
      <header className="place-card__header">
        <h2 id="place-card-title">{place.name}</h2>
        <button
          type="button"
          className="place-card__close"
          onClick={onClose}
          aria-label={`Deselect ${place.name}`}
        >
          ×
        </button>
      </header>
      <p className="place-card__facts">
        {KIND_LABEL[place.kind]}
        {country && place.kind !== 'country' ? ` in ${country.name}` : ''}
        {demonymOnly ? ' · mentioned only by demonym' : ''}
        {place.gazetteerId.startsWith('geonames:') && (
          <>
            {' · '}
            <a
              href={`https://www.geonames.org/${encodeURIComponent(place.gazetteerId.slice('geonames:'.length))}`}
              target="_blank"
              rel="noopener noreferrer"
            >
              GeoNames {place.gazetteerId.slice('geonames:'.length)}
            </a>
          </>
        )}
      </p>
      {place.alternateNames.length > 0 && (
        <p className="place-card__names">Also: {place.alternateNames.slice(0, 6).join(', ')}</p>
      )}
      <h3 className="place-card__subtitle">
        {events.length} event{events.length === 1 ? '' : 's'} shown
      </h3>
      <ol className="place-card__events">
        {events.slice(0, CARD_EVENTS).map((i) => {
          const e = at(corpus.events, i);
          return (
            <li key={e.id}>
              <button
                type="button"
                className={`place-card__event${e.id === selectedEventId ? ' is-selected' : ''}`}
                aria-current={e.id === selectedEventId ? 'true' : undefined}
                onClick={() => onSelectEvent(e.id)}
              >
                <span className="place-card__date">
                  {e.date ? formatDayRange(e.date) : 'Undated'}
                </span>{' '}
                {e.text.trim()}
              </button>
            </li>
          );
        })}
      </ol>
      {events.length > CARD_EVENTS && (
        <p className="place-card__more">
          The first {CARD_EVENTS} by date; the events list shows all {events.length}.
        </p>
      )}
    </section>
  );
}
