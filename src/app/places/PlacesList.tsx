import { memo, useState } from 'react';
import type { MapPlace } from '../data/mapPlaces.ts';
import './places.css';

export interface PlacesListProps {
  places: readonly MapPlace[];
  selectedIds: ReadonlySet<string>;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | null) => void;
}

/** Rows per page: thousands of buttons, re-sorted on every filter change, stalled the page. */
const PAGE = 200;

/**
 * The map's text alternative: every drawn place as a button, most-mentioned first. The rows
 * exist only while the list is open, so a filter change costs nothing while it is closed.
 */
export const PlacesList = memo(function PlacesList({
  places,
  selectedIds,
  onSelect,
  onHover,
}: PlacesListProps) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  return (
    <details className="places-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Places on the map ({places.length})</summary>
      {open && (
        <PlaceRows
          places={places}
          shown={shown}
          onMore={() => setShown((n) => n + PAGE)}
          selectedIds={selectedIds}
          onSelect={onSelect}
          onHover={onHover}
        />
      )}
    </details>
  );
});

function PlaceRows({
  places,
  shown,
  onMore,
  selectedIds,
  onSelect,
  onHover,
}: PlacesListProps & { shown: number; onMore: () => void }) {
  const sorted = [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const rows = sorted.slice(0, shown);
  return (
    <>
      <ul aria-label="Places">
        {rows.map((p) => (
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
      {rows.length < sorted.length && (
        <button type="button" className="places-list__more" onClick={onMore}>
          Show more places ({sorted.length - rows.length} left)
        </button>
      )}
    </>
  );
}
