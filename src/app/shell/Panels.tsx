import { useMemo, type ReactNode } from 'react';
import type { MapView, ViewState } from '../../shared/urlState.ts';
import { at, type CorpusIndex } from '../data/corpusIndex.ts';
import { layoutPlacesOf, type MapPlace } from '../data/mapPlaces.ts';
import type { Visibility } from '../data/selectors.ts';
import { EventList } from '../events/EventList.tsx';
import { MapLegend } from '../map/MapLegend.tsx';
import { MapPanel } from '../map/MapPanel.tsx';
import type { FlyRequest } from '../map/types.ts';
import { PlaceCard } from '../places/PlaceCard.tsx';
import { PlacesList } from '../places/PlacesList.tsx';
import { ArticleReader } from '../reader/ArticleReader.tsx';
import type { MentionSpan } from '../reader/articleSegments.ts';
import { TimelineSlot } from './TimelineSlot.tsx';
import type { Highlights } from './useHighlights.ts';
import type { HistoryMode } from './historyStep.ts';

/** The place card's width in pixels (19rem plus its margin; see places.css). */
const PLACE_CARD_WIDTH = 300;

export interface PanelInputs {
  index: CorpusIndex;
  visibility: Visibility;
  state: ViewState;
  mapPlaces: readonly MapPlace[];
  highlights: Highlights;
  flyRequest: FlyRequest | null;
  initialPoints: readonly [number, number][];
  countGroups: (groups: readonly (readonly number[])[]) => number[];
  selectEvent: (id: string) => void;
  selectPlace: (id: string) => void;
  onViewChange: (view: MapView) => void;
  onHoverEvent: (id: string | null) => void;
  onHoverPlace: (id: string | null) => void;
  update: (change: Partial<ViewState>, history: HistoryMode) => void;
}

function ReaderSection({ index, state, highlights, selectPlace, update }: PanelInputs) {
  const { corpus } = index;
  const eventIdx = state.event === null ? undefined : index.eventIndex.get(state.event);
  const event = eventIdx === undefined ? undefined : corpus.events[eventIdx];
  const articleId = event?.articleId ?? state.article;
  const article =
    articleId === null ? undefined : corpus.articles[index.articleIndex.get(articleId) ?? -1];
  const mentions = useMemo(() => {
    const out: MentionSpan[] = [];
    if (!article) return out;
    for (const p of corpus.places) {
      for (const m of p.mentions) {
        if (m.articleId === article.id) {
          out.push({ start: m.start, end: m.end, placeId: p.id, placeName: p.name, form: m.form });
        }
      }
    }
    return out;
  }, [corpus, article]);
  const sentence = useMemo(() => (event ? { start: event.start, end: event.end } : null), [event]);
  if (!article) return null;
  return (
    <ArticleReader
      article={article}
      mentions={mentions}
      sentence={sentence}
      selectedPlaceIds={highlights.selectedPlaceIds}
      onSelectPlace={selectPlace}
      onClose={() =>
        update(state.event !== null ? { event: null } : { article: null }, { mode: 'push' })
      }
    />
  );
}

/** The four views, wired to the shell's state; the layout decides where each goes. */
export function Panels(inputs: PanelInputs): {
  map: ReactNode;
  events: ReactNode;
  timeline: ReactNode;
  reader: ReactNode | null;
} {
  const { index, visibility, state, mapPlaces, highlights } = inputs;
  const selectedPlaceIdx =
    state.places.length > 0
      ? index.placeIndex.get(at(state.places, state.places.length - 1))
      : undefined;
  const hasArticle = state.event !== null || state.article !== null;

  return {
    map: (
      <>
        <h2 className="visually-hidden">Map</h2>
        <MapPanel
          places={mapPlaces}
          layoutPlaces={layoutPlacesOf(index)}
          selectedIds={highlights.selectedPlaceIds}
          highlightedIds={highlights.highlightedPlaceIds}
          litCountries={highlights.litCountries}
          view={state.map}
          initialPoints={inputs.initialPoints}
          flyRequest={inputs.flyRequest}
          insetRight={selectedPlaceIdx === undefined ? 0 : PLACE_CARD_WIDTH}
          countGroups={inputs.countGroups}
          onSelectPlace={inputs.selectPlace}
          onHoverPlace={inputs.onHoverPlace}
          onViewChange={inputs.onViewChange}
        />
        {selectedPlaceIdx !== undefined && (
          <PlaceCard
            index={index}
            visibility={visibility}
            placeIdx={selectedPlaceIdx}
            selectedEventId={state.event}
            onSelectEvent={inputs.selectEvent}
            onClose={() => inputs.selectPlace(at(index.corpus.places, selectedPlaceIdx).id)}
          />
        )}
        <MapLegend />
        <PlacesList
          places={mapPlaces}
          selectedIds={highlights.selectedPlaceIds}
          onSelect={inputs.selectPlace}
          onHover={inputs.onHoverPlace}
        />
      </>
    ),
    events: (
      <>
        <h2 className="panel__title">Events</h2>
        <EventList
          index={index}
          events={visibility.visibleEvents}
          selectedId={state.event}
          highlightedIds={highlights.highlightedEventIds}
          onSelect={inputs.selectEvent}
          onHover={inputs.onHoverEvent}
        />
      </>
    ),
    timeline: <TimelineSlot {...inputs} />,
    reader: hasArticle ? <ReaderSection {...inputs} /> : null,
  };
}
