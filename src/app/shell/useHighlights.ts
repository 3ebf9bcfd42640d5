import { useMemo } from 'react';
import { at, type CorpusIndex } from '../data/corpusIndex.ts';
import { eventsOfPlace, placesOfEvent, type Visibility } from '../data/selectors.ts';
import type { ViewState } from '../../shared/urlState.ts';

export interface Highlights {
  selectedPlaceIds: ReadonlySet<string>;
  /** Places of the hovered (else the selected) event. */
  highlightedPlaceIds: ReadonlySet<string>;
  /** Visible events of the hovered place. */
  highlightedEventIds: ReadonlySet<string>;
  /** ISO numeric codes of country outlines to light: selected, hovered or filtered countries. */
  litCountries: ReadonlySet<string>;
}

/** What the linked views emphasise, from the selection and what is under the pointer or focus. */
export function useHighlights(
  index: CorpusIndex,
  visibility: Visibility,
  state: ViewState,
  hoveredEventId: string | null,
  hoveredPlaceId: string | null,
): Highlights {
  const { corpus } = index;
  const selectedPlaceIds = useMemo(() => new Set(state.places), [state.places]);

  const focusEvent = hoveredEventId ?? state.event;
  const highlightedPlaceIds = useMemo(() => {
    const ei = focusEvent === null ? undefined : index.eventIndex.get(focusEvent);
    return new Set(
      ei === undefined ? [] : placesOfEvent(index, ei).map((pi) => at(corpus.places, pi).id),
    );
  }, [index, corpus, focusEvent]);

  const highlightedEventIds = useMemo(() => {
    const pi = hoveredPlaceId === null ? undefined : index.placeIndex.get(hoveredPlaceId);
    return new Set(
      pi === undefined
        ? []
        : eventsOfPlace(index, visibility, pi).map((i) => at(corpus.events, i).id),
    );
  }, [index, corpus, visibility, hoveredPlaceId]);

  const litCountries = useMemo(() => {
    const lit = new Set<string>();
    const light = (code: string | null) => {
      const numeric =
        code === null ? null : corpus.countries[index.countryIndex.get(code) ?? -1]?.isoNumeric;
      if (numeric) lit.add(String(Number(numeric)).padStart(3, '0'));
    };
    light(state.country);
    for (const id of [
      ...selectedPlaceIds,
      ...highlightedPlaceIds,
      ...(hoveredPlaceId ? [hoveredPlaceId] : []),
    ]) {
      const p = corpus.places[index.placeIndex.get(id) ?? -1];
      if (p && p.kind === 'country') light(p.countryCode);
    }
    return lit;
  }, [index, corpus, state.country, selectedPlaceIds, highlightedPlaceIds, hoveredPlaceId]);

  return { selectedPlaceIds, highlightedPlaceIds, highlightedEventIds, litCountries };
}
