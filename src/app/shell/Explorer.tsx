import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus, Place } from '../../shared/corpus.ts';
import {
  DEFAULT_VIEW_STATE,
  type KnownIds,
  type MapView,
  type ViewState,
} from '../../shared/urlState.ts';
import { at, buildCorpusIndex } from '../data/corpusIndex.ts';
import { groupEventCounts } from '../data/groupEventCounts.ts';
import { selectMapPlaces } from '../data/mapPlaces.ts';
import {
  filtersOf,
  activeFilterCount,
  placesOfEvent,
  selectVisibility,
} from '../data/selectors.ts';
import { FilterPanel } from '../filters/FilterPanel.tsx';
import type { FlyRequest } from '../map/types.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { DeepLinkNotice } from './DeepLinkNotice.tsx';
import { Layout, type PanelId } from './Layout.tsx';
import { useHighlights } from './useHighlights.ts';
import { useMediaQuery } from './useMediaQuery.ts';
import { useViewState } from './useViewState.ts';
import { warmFilterPasses } from './warmFilterPasses.ts';
import { Panels } from './Panels.tsx';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How close to fly for each kind of place. */
const FLY_ZOOM: Record<Place['kind'], number> = {
  country: 4,
  region: 3,
  admin1: 6,
  city: 7,
  other: 6,
};

/** The app shell: owns the URL-backed view state and the hover state, and links the views. */
export function Explorer({ corpus }: { corpus: Corpus }) {
  const index = useMemo(() => buildCorpusIndex(corpus), [corpus]);
  // The index's own maps: a second set of 100,000 event ids would only cost load time. The
  // events' is made when first asked for (by a link that names an event).
  const known = useMemo<KnownIds>(
    () => ({
      places: index.placeIndex,
      articles: index.articleIndex,
      get events() {
        return index.eventIndex;
      },
      countries: index.countryIndex,
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
  const currentFilters = useRef(filters);
  useEffect(() => {
    currentFilters.current = filters;
  }, [filters]);
  useEffect(
    function warmFilterPassesWhenIdle() {
      return warmFilterPasses(index, () => currentFilters.current);
    },
    [index],
  );
  const mapPlaces = useMemo(() => selectMapPlaces(index, visibility), [index, visibility]);

  const [hoveredEvent, setHoveredEvent] = useState<string | null>(null);
  const [hoveredPlace, setHoveredPlace] = useState<string | null>(null);
  const [flyRequest, setFlyRequest] = useState<FlyRequest | null>(null);
  const isPhone = useMediaQuery('(max-width: 760px)');
  const [tab, setTab] = useState<PanelId>('events');
  const highlights = useHighlights(index, visibility, state, hoveredEvent, hoveredPlace);

  const flyTo = useCallback((targets: readonly Place[]) => {
    if (targets.length === 0) return;
    setFlyRequest((prev) => ({
      key: (prev?.key ?? 0) + 1,
      points: targets.map((p): [number, number] => [p.lat, p.lon]),
      maxZoom: Math.min(...targets.map((p) => FLY_ZOOM[p.kind])),
    }));
  }, []);

  const selectEvent = useCallback(
    (id: string) => {
      const ei = index.eventIndex.get(id);
      if (ei === undefined) return;
      update({ event: id }, { mode: 'push' });
      flyTo(placesOfEvent(index, ei).map((pi) => at(corpus.places, pi)));
      if (isPhone) setTab('article');
    },
    [index, corpus, update, isPhone, flyTo],
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
    (patch: Partial<ViewState>, kind: string) => {
      update(patch, kind === 'q' || kind === 'dates' ? { mode: 'burst', kind } : { mode: 'push' });
      // A place picked in the search box may be off screen: show it.
      const added = patch.places?.find((id) => !state.places.includes(id));
      const place =
        added === undefined ? undefined : corpus.places[index.placeIndex.get(added) ?? -1];
      if (place) flyTo([place]);
    },
    [update, state.places, corpus, index, flyTo],
  );
  const clearFilters = useCallback(
    () => update((s) => ({ ...DEFAULT_VIEW_STATE, event: s.event, map: s.map }), { mode: 'push' }),
    [update],
  );
  const countGroups = useCallback(
    (groups: readonly (readonly number[])[]) => groupEventCounts(index, visibility, groups),
    [index, visibility],
  );
  // Only the first view fits the places; later filter changes must not move the map. A link with
  // places selected frames those, not every place their events also name.
  const [initialPoints] = useState(() => {
    const selected = state.places.flatMap(
      (id) => corpus.places[index.placeIndex.get(id) ?? -1] ?? [],
    );
    return (selected.length > 0 ? selected : mapPlaces).map((p): [number, number] => [
      p.lat,
      p.lon,
    ]);
  });

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
          <button type="button" onClick={clearFilters} disabled={activeFilterCount(filters) === 0}>
            Clear filters
          </button>
          <CopyLinkButton />
        </>
      }
      notice={<DeepLinkNotice dropped={dropped} onDismiss={dismissDropped} />}
      activeFilters={activeFilterCount(filters)}
      filters={<FilterPanel index={index} state={state} onChange={onFilterChange} />}
      {...Panels({
        index,
        visibility,
        state,
        mapPlaces,
        highlights,
        flyRequest,
        initialPoints,
        countGroups,
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
