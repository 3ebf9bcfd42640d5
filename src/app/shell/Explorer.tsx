import { useCallback, useMemo, useState } from 'react';
import type { Corpus } from '../../shared/corpus.ts';
import {
  DEFAULT_VIEW_STATE,
  type KnownIds,
  type MapView,
  type ViewState,
} from '../../shared/urlState.ts';
import { at, buildCorpusIndex } from '../data/corpusIndex.ts';
import { countDistinctEvents, selectMapPlaces } from '../data/mapPlaces.ts';
import { filtersOf, hasActiveFilters, placesOfEvent, selectVisibility } from '../data/selectors.ts';
import { FilterPanel } from '../filters/FilterPanel.tsx';
import type { FlyRequest } from '../map/types.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { DeepLinkNotice } from './DeepLinkNotice.tsx';
import { Layout, type PanelId } from './Layout.tsx';
import { useHighlights } from './useHighlights.ts';
import { useMediaQuery } from './useMediaQuery.ts';
import { useViewState } from './useViewState.ts';
import { Panels } from './Panels.tsx';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The app shell: owns the URL-backed view state and the hover state, and links the views. */
export function Explorer({ corpus }: { corpus: Corpus }) {
  const index = useMemo(() => buildCorpusIndex(corpus), [corpus]);
  const known = useMemo<KnownIds>(
    () => ({
      places: new Set(index.placeIndex.keys()),
      articles: new Set(index.articleIndex.keys()),
      events: new Set(index.eventIndex.keys()),
      countries: new Set(index.countryIndex.keys()),
    }),
    [index],
  );
  const { state, update, dropped, dismissDropped } = useViewState(known);
  const { places, from, to, article, country, q, hideDemonyms, textDatedOnly } = state;
  const filters = useMemo(
    () =>
      filtersOf({
        ...DEFAULT_VIEW_STATE,
        places,
        from,
        to,
        article,
        country,
        q,
        hideDemonyms,
        textDatedOnly,
      }),
    [places, from, to, article, country, q, hideDemonyms, textDatedOnly],
  );
  const visibility = useMemo(() => selectVisibility(index, filters), [index, filters]);
  const mapPlaces = useMemo(() => selectMapPlaces(index, visibility), [index, visibility]);

  const [hoveredEvent, setHoveredEvent] = useState<string | null>(null);
  const [hoveredPlace, setHoveredPlace] = useState<string | null>(null);
  const [flyRequest, setFlyRequest] = useState<FlyRequest | null>(null);
  const isPhone = useMediaQuery('(max-width: 760px)');
  const [tab, setTab] = useState<PanelId>('events');
  const highlights = useHighlights(index, visibility, state, hoveredEvent, hoveredPlace);

  const selectEvent = useCallback(
    (id: string) => {
      const ei = index.eventIndex.get(id);
      if (ei === undefined) return;
      update({ event: id }, { mode: 'push' });
      const points = placesOfEvent(index, ei).map((pi): [number, number] => [
        at(corpus.places, pi).lat,
        at(corpus.places, pi).lon,
      ]);
      setFlyRequest((prev) => ({ key: (prev?.key ?? 0) + 1, points }));
      if (isPhone) setTab('article');
    },
    [index, corpus, update, isPhone],
  );

  const selectPlace = useCallback(
    (id: string) =>
      update((s) => ({ ...s, places: s.places.length === 1 && s.places[0] === id ? [] : [id] }), {
        mode: 'push',
      }),
    [update],
  );

  const onViewChange = useCallback(
    (map: MapView) => update({ map }, { mode: 'replace' }),
    [update],
  );
  const onFilterChange = useCallback(
    // Typing and date entry arrive as bursts; every other filter change is its own step.
    (patch: Partial<ViewState>, kind: string) =>
      update(patch, kind === 'q' || kind === 'dates' ? { mode: 'burst', kind } : { mode: 'push' }),
    [update],
  );
  const clearFilters = useCallback(
    () => update((s) => ({ ...DEFAULT_VIEW_STATE, event: s.event, map: s.map }), { mode: 'push' }),
    [update],
  );
  const countEvents = useCallback(
    (ids: readonly string[]) => countDistinctEvents(index, visibility, ids),
    [index, visibility],
  );
  const initialPoints = useMemo(
    () => mapPlaces.map((p): [number, number] => [p.lat, p.lon]),
    // Only the first view fits the places; later filter changes must not move the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const count = `${visibility.visibleEvents.length} of ${plural(corpus.events.length, 'event')}, ${
    visibility.visiblePlaceCount
  } of ${plural(corpus.places.length, 'place')}`;

  return (
    <Layout
      isPhone={isPhone}
      tab={tab}
      onTab={setTab}
      header={
        <>
          <h1 className="app__title">Chronomap</h1>
          <p className="app__count" role="status" aria-live="polite">
            {count}
          </p>
          <button type="button" onClick={clearFilters} disabled={!hasActiveFilters(filters)}>
            Clear filters
          </button>
          <CopyLinkButton />
        </>
      }
      notice={<DeepLinkNotice dropped={dropped} onDismiss={dismissDropped} />}
      filters={<FilterPanel index={index} state={state} onChange={onFilterChange} />}
      {...Panels({
        index,
        visibility,
        state,
        mapPlaces,
        highlights,
        flyRequest,
        initialPoints,
        countEvents,
        selectEvent,
        selectPlace,
        onViewChange,
        onHoverEvent: setHoveredEvent,
        onHoverPlace: setHoveredPlace,
        update,
      })}
    />
  );
}
