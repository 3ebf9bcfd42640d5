import { useCallback } from 'react';
import { at, type CorpusIndex } from '../data/corpusIndex.ts';
import { searchPlaces } from '../data/selectors.ts';
import { SearchCombobox } from './SearchCombobox.tsx';

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
  const { corpus } = index;
  const search = useCallback((query: string) => searchPlaces(index, query), [index]);
  const countryName = (code: string | null) =>
    code === null ? null : (corpus.countries[index.countryIndex.get(code) ?? -1]?.name ?? code);

  return (
    <div className="place-search">
      <SearchCombobox
        label="Place"
        placeholder="e.g. Raqqa"
        listLabel="Matching places"
        noMatch="No place matches"
        search={search}
        optionKey={(pi) => at(corpus.places, pi).id}
        renderOption={(pi) => {
          const p = at(corpus.places, pi);
          const country = p.kind === 'country' ? null : countryName(p.countryCode);
          return (
            <>
              {p.name}
              <span className="place-search__hint">
                {' '}
                {p.kind}
                {country ? `, ${country}` : ''}
              </span>
            </>
          );
        }}
        onPick={(pi) => {
          const place = corpus.places[pi];
          if (place) onAdd(place.id);
        }}
      />
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
