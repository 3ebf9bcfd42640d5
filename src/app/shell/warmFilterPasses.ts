/**
 * Runs each filter pass once, while the page is idle after the corpus is on screen, on filters
 * of every shape (a date range, one end of one, a place, a country without demonyms, an article
 * and the text-dated switch). The engine optimises a function from what it has seen it do: a
 * pass met for the first time by a real change runs mostly unoptimised, and at 100,000 events
 * the first two or three date changes took several times as long as later ones. Each pass is its
 * own idle task, so input is never kept waiting behind more than one. Results are discarded; the
 * last step recomputes the current view, so the caches that follow the view stay in step.
 */
import { dayFromNumber } from '../../shared/dateRange.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../shared/urlState.ts';
import { NO_DAY, type CorpusIndex } from '../data/corpusIndex.ts';
import { groupEventCounts } from '../data/groupEventCounts.ts';
import { layoutPlacesOf, selectMapPlaces } from '../data/mapPlaces.ts';
import { filtersOf, selectVisibility, type EventFilters } from '../data/selectors.ts';
import { runWhenIdle } from '../idle/runWhenIdle.ts';
import { selectVisibleItems } from './timelineItems.ts';

/**
 * Filters of each shape the app can apply, made from this corpus's own dates and places, each
 * letting some events through (so each pass runs its counting too).
 */
export function sampleFilters(index: CorpusIndex): EventFilters[] {
  const view = (patch: Partial<ViewState>) => filtersOf({ ...DEFAULT_VIEW_STATE, ...patch });
  const samples: EventFilters[] = [];
  // Dates at quartiles of the dated events, so that every date sample lets some through.
  let dated = 0;
  while (dated < index.eventsByDate.length) {
    if (index.eventStartDay[index.eventsByDate[dated] as number] === NO_DAY) break;
    dated++;
  }
  if (dated > 0) {
    const at = (fraction: number) =>
      dayFromNumber(
        index.eventStartDay[
          index.eventsByDate[Math.floor((dated - 1) * fraction)] as number
        ] as number,
      );
    samples.push(view({ from: at(0.25), to: at(0.75) }), view({ from: at(0.5) }));
    samples.push(view({ to: at(0.5) }));
  }
  let busiest = -1;
  index.placeEventTotal.forEach((total, pi) => {
    if (busiest < 0 || total > (index.placeEventTotal[busiest] as number)) busiest = pi;
  });
  const place = index.corpus.places[busiest];
  if (place) {
    samples.push(view({ places: [place.id] }));
    if (place.countryCode) samples.push(view({ country: place.countryCode, hideDemonyms: true }));
  }
  // The article of an event its own text dates, so that the sample keeps that event.
  const textDated = index.eventTextDated.indexOf(1);
  const article = index.corpus.articles[index.eventArticle[textDated] ?? -1];
  if (article) samples.push(view({ article: article.id, textDatedOnly: true }));
  return samples;
}

/**
 * One filter change's data work, as the shell, the map and the timeline slot do it, with the
 * result dropped (the timeline warms its own passes: timeline/warmFilterPaths.ts).
 */
function runPasses(index: CorpusIndex, filters: EventFilters): void {
  const visibility = selectVisibility(index, filters);
  const places = selectMapPlaces(index, visibility);
  groupEventCounts(index, visibility, [places.slice(0, 8).map((p) => p.index)]);
  selectVisibleItems(index, visibility);
}

/** Schedules the passes, one per idle period; returns a function that cancels what is left. */
export function warmFilterPasses(index: CorpusIndex, current: () => EventFilters): () => void {
  return runWhenIdle([
    // Made on the first step rather than on a filter change.
    () => void layoutPlacesOf(index),
    ...sampleFilters(index).map((filters) => () => runPasses(index, filters)),
    () => runPasses(index, current()),
  ]);
}
