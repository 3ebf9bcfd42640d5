import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { at, type CorpusIndex } from '../data/corpusIndex.ts';
import { searchPlaces } from '../data/selectors.ts';

export interface PlaceSearchProps {
  index: CorpusIndex;
  selectedIds: readonly string[];
  onAdd: (placeId: string) => void;
  onRemove: (placeId: string) => void;
}

/**
 * A combobox (ARIA 1.2 list autocomplete) that finds places by any name or transliteration;
 * picked places show as removable chips.
 */
export function PlaceSearch({ index, selectedIds, onAdd, onRemove }: PlaceSearchProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const { corpus } = index;
  const matches = useMemo(() => searchPlaces(index, query), [index, query]);
  const expanded = open && query.trim() !== '';

  function pick(pi: number) {
    const place = corpus.places[pi];
    if (!place) return;
    onAdd(place.id);
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && expanded) {
      e.preventDefault();
      const pi = matches[active];
      if (pi !== undefined) pick(pi);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const countryName = (code: string | null) =>
    code === null ? null : (corpus.countries[index.countryIndex.get(code) ?? -1]?.name ?? code);

  return (
    <div className="place-search">
      <label htmlFor={`${listId}-input`}>Place</label>
      <div className="place-search__box">
        <input
          id={`${listId}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder="e.g. Raqqa"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && matches.length > 0 ? `${listId}-${active}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Matching places"
          className="place-search__options"
          hidden={!expanded}
        >
          {matches.length === 0 && expanded && (
            <li className="place-search__none">No place matches</li>
          )}
          {matches.map((pi, k) => {
            const p = at(corpus.places, pi);
            const country = p.kind === 'country' ? null : countryName(p.countryCode);
            return (
              <li
                key={p.id}
                id={`${listId}-${k}`}
                role="option"
                aria-selected={k === active}
                className={k === active ? 'is-active' : undefined}
                // mousedown, not click: it fires before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(pi);
                }}
              >
                {p.name}
                <span className="place-search__hint">
                  {' '}
                  {p.kind}
                  {country ? `, ${country}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      {selectedIds.length > 0 && (
        <ul className="chips" aria-label="Selected places">
          {selectedIds.map((id) => {
            const p = corpus.places[index.placeIndex.get(id) ?? -1];
            return (
              <li key={id}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => onRemove(id)}
                  aria-label={`Remove place ${p?.name ?? id}`}
                >
                  {p?.name ?? id} <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
