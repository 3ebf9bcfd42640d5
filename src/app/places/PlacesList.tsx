import type { MapPlace } from '../data/mapPlaces.ts';
import './places.css';

export interface PlacesListProps {
  places: readonly MapPlace[];
  selectedIds: ReadonlySet<string>;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | null) => void;
}

/** The map's text alternative: every drawn place as a button, most-mentioned first. */
export function PlacesList({ places, selectedIds, onSelect, onHover }: PlacesListProps) {
  const sorted = [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <details className="places-list">
      <summary>Places on the map ({places.length})</summary>
      <ul aria-label="Places">
        {sorted.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              aria-pressed={selectedIds.has(p.id)}
              onClick={() => onSelect(p.id)}
              onFocus={() => onHover(p.id)}
              onBlur={() => onHover(null)}
            >
              {p.name}
              <span className="places-list__meta">
                {' '}
                {p.kind}
                {p.countryName && p.kind !== 'country' ? `, ${p.countryName}` : ''}: {p.count} event
                {p.count === 1 ? '' : 's'}
                {p.demonymOnly ? ' (demonym only)' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
