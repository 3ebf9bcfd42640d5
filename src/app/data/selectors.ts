/**
 * What the current filters let through, computed in one linear pass over the corpus index.
 * Pure functions of (index, filters); the shell memoises them on exactly the fields listed.
 */
import { dayNumber } from '../../shared/dateRange.ts';
import type { ViewState } from '../../shared/urlState.ts';
import { at, NO_DAY, normaliseName, type CorpusIndex } from './corpusIndex.ts';
import { memoByObject } from '../memo/memoByObject.ts';
import { dateOrderedColumnsOf } from './dateOrderedColumns.ts';

/** The subset of the view state that decides visibility (not selection, not the map). */
export interface EventFilters {
  placeIds: readonly string[];
  from: string | null;
  to: string | null;
  article: string | null;
  country: string | null;
  q: string;
  hideDemonyms: boolean;
  textDatedOnly: boolean;
}

export function filtersOf(state: ViewState): EventFilters {
  return {
    placeIds: state.places,
    from: state.from,
    to: state.to,
    article: state.article,
    country: state.country,
    q: state.q,
    hideDemonyms: state.hideDemonyms,
    textDatedOnly: state.textDatedOnly,
  };
}

/** How many filters narrow the corpus (the date range counts once); 0 means nothing to clear. */
export function activeFilterCount(filters: EventFilters): number {
  return [
    filters.placeIds.length > 0,
    filters.from !== null || filters.to !== null,
    filters.article !== null,
    filters.country !== null,
    filters.q !== '',
    filters.hideDemonyms,
    filters.textDatedOnly,
  ].filter(Boolean).length;
}

export interface Visibility {
  /** Per event: 1 when it passes every filter. */
  eventVisible: Uint8Array;
  /** Visible event indexes in date order (undated last). */
  visibleEvents: Int32Array;
  /**
   * In step with visibleEvents, each one's position in eventsByDate: for passes that read the
   * date-ordered columns (dateOrderedColumns.ts) in the order they are laid out.
   */
  visibleRanks: Int32Array;
  /** Per place: visible events that link it through a counted link. */
  placeCount: Int32Array;
  /** Per place: 1 when drawn (has visible events, or has no events at all and passes). */
  placeVisible: Uint8Array;
  /** Per place: 1 when every counted visible link is a demonym ("Syrian", not "Syria"). */
  placeDemonymOnly: Uint8Array;
  visiblePlaceCount: number;
}

// Lower-cased sentences for the text search, made on its first use rather than on load.
const searchTextsOf = memoByObject((index: CorpusIndex): readonly string[] =>
  index.corpus.events.map((e) => e.text.toLowerCase()),
);

/** Per index: how many events are dated (they come first by date) and the longest date span. */
const dateExtentsOf = memoByObject((index: CorpusIndex): { dated: number; longest: number } => {
  const { eventsByDate, eventStartDay, eventEndDay } = index;
  let dated = 0;
  let longest = 0;
  for (; dated < eventsByDate.length; dated++) {
    const i = eventsByDate[dated] as number;
    const start = eventStartDay[i] as number;
    if (start === NO_DAY) break;
    longest = Math.max(longest, (eventEndDay[i] as number) - start);
  }
  return { dated, longest };
});

/** First position in eventsByDate[0, dated) whose start day is at least `day`. */
function firstStartingFrom(index: CorpusIndex, dated: number, day: number): number {
  const { eventsByDate, eventStartDay } = index;
  let lo = 0;
  let hi = dated;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((eventStartDay[eventsByDate[mid] as number] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The stretch of eventsByDate a filter pass visits: everything (undated last) without a date
 * filter; with one, the dated events that start by its end and no earlier than the longest
 * span before its start. Events inside that still end before the range are checked per event.
 */
function dateWindow(
  index: CorpusIndex,
  fromDay: number,
  toDay: number,
  dateFiltered: boolean,
): { first: number; last: number } {
  if (!dateFiltered) return { first: 0, last: index.eventsByDate.length };
  const { dated, longest } = dateExtentsOf(index);
  const first = fromDay === -Infinity ? 0 : firstStartingFrom(index, dated, fromDay - longest);
  const last = toDay === Infinity ? dated : firstStartingFrom(index, dated, toDay + 1);
  return { first, last: Math.max(first, last) };
}

/** The date ranks, in [first, last), ascending and distinct, of the events linking the places. */
function ranksOfEvents(
  index: CorpusIndex,
  places: readonly number[],
  first: number,
  last: number,
): Int32Array {
  const { placeEvents, eventDateRank } = index;
  let total = 0;
  for (const pi of places) total += placeEvents[pi]?.length ?? 0;
  const ranks = new Int32Array(total);
  let n = 0;
  for (const pi of places) {
    const events = placeEvents[pi];
    if (!events) continue;
    for (let k = 0; k < events.length; k++) {
      const rank = eventDateRank[events[k] as number] as number;
      if (rank >= first && rank < last) ranks[n++] = rank;
    }
  }
  // A typed array sorts numerically; an event linking two of the places is kept once.
  const sorted = ranks.subarray(0, n).sort();
  let distinct = 0;
  for (let k = 0; k < n; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k] as number;
  }
  return sorted.subarray(0, distinct);
}

/**
 * Filters on: selected places (an event must link one), date range (an event's date must overlap
 * it; undated events drop out), article, country (an event must link a place in it; places of
 * other countries are not drawn), text search (case-insensitive substring of the sentence),
 * hide-demonyms (demonym-only links are not counted; an event left with none drops out), and
 * text-dated-only (dateBasis 'text').
 */
export function selectVisibility(index: CorpusIndex, filters: EventFilters): Visibility {
  const { corpus, placeCountry } = index;
  // Locals, not property reads per event: this pass runs once per filter change, mostly before
  // the engine has optimised it, where every property read counts. Per-event columns are read
  // by date position k, in the order the pass visits them.
  const columns = dateOrderedColumnsOf(index);
  const { linkStart, linkPlace, linkDemonymOnly } = columns;
  const eventArticle = columns.article;
  const eventTextDated = columns.textDated;
  const eventEndDay = columns.endDay;
  const hideDemonyms = filters.hideDemonyms;
  const textDatedOnly = filters.textDatedOnly;
  const nEvents = corpus.events.length;
  const nPlaces = corpus.places.length;

  const selectedPlaces = new Uint8Array(nPlaces);
  const selected: number[] = [];
  for (const id of filters.placeIds) {
    const pi = index.placeIndex.get(id);
    if (pi === undefined || selectedPlaces[pi] === 1) continue;
    selectedPlaces[pi] = 1;
    selected.push(pi);
  }
  const anyPlaceSelected = selected.length > 0;
  const articleIdx =
    filters.article === null ? -1 : (index.articleIndex.get(filters.article) ?? -2);
  const countryIdx =
    filters.country === null ? -1 : (index.countryIndex.get(filters.country) ?? -2);
  const fromDay = filters.from === null ? -Infinity : dayNumber(filters.from);
  const toDay = filters.to === null ? Infinity : dayNumber(filters.to);
  const dateFiltered = filters.from !== null || filters.to !== null;
  const q = filters.q.trim().toLowerCase();
  // Without a place, country or demonym filter an event's links decide nothing: the common case
  // (dates, article, text) skips the pass that checks them.
  const linkFiltered = anyPlaceSelected || countryIdx !== -1 || hideDemonyms;

  let searchTexts: readonly string[] | undefined;
  const eventVisible = new Uint8Array(nEvents);
  const placeCount = new Int32Array(nPlaces);
  const placeNamedCount = new Int32Array(nPlaces);
  // Visible events come out in date order: the pass walks the events by date, and with a date
  // filter only the stretch that can overlap the range (a brush of a year in twelve visits a
  // twelfth of the corpus, plus the spans that reach into it).
  const byDate = index.eventsByDate;
  const { first: firstK, last: lastK } = dateWindow(index, fromDay, toDay, dateFiltered);
  // With places selected only their events can pass: the pass visits those, by date rank,
  // instead of the whole corpus (a town's dozen events, not 100,000).
  const ranks = anyPlaceSelected ? ranksOfEvents(index, selected, firstK, lastK) : null;
  const visits = ranks === null ? lastK - firstK : ranks.length;
  const visibleEvents = new Int32Array(visits);
  const visibleRanks = new Int32Array(visits);
  let visibleCount = 0;

  for (let v = 0; v < visits; v++) {
    const k = ranks === null ? firstK + v : (ranks[v] as number);
    if (articleIdx !== -1 && eventArticle[k] !== articleIdx) continue;
    if (textDatedOnly && eventTextDated[k] !== 1) continue;
    if (dateFiltered && (eventEndDay[k] as number) < fromDay) continue;
    const i = byDate[k] as number;
    if (q !== '' && !at((searchTexts ??= searchTextsOf(index)), i).includes(q)) continue;

    const first = linkStart[k] as number;
    const last = linkStart[k + 1] as number;
    if (linkFiltered) {
      let counted = 0;
      let hitsPlace = !anyPlaceSelected;
      let hitsCountry = countryIdx === -1;
      for (let l = first; l < last; l++) {
        const pi = linkPlace[l] as number;
        if (pi < 0 || (hideDemonyms && linkDemonymOnly[l] === 1)) continue;
        counted++;
        if (selectedPlaces[pi] === 1) hitsPlace = true;
        if (placeCountry[pi] === countryIdx) hitsCountry = true;
      }
      if (!hitsPlace || !hitsCountry) continue;
      if (hideDemonyms && last > first && counted === 0) continue;
    }

    eventVisible[i] = 1;
    visibleEvents[visibleCount] = i;
    visibleRanks[visibleCount++] = k;
    for (let l = first; l < last; l++) {
      const pi = linkPlace[l] as number;
      if (pi < 0) continue;
      if (linkFiltered) {
        if (hideDemonyms && linkDemonymOnly[l] === 1) continue;
        if (countryIdx !== -1 && placeCountry[pi] !== countryIdx) continue;
      }
      placeCount[pi] = (placeCount[pi] as number) + 1;
      if (linkDemonymOnly[l] === 0) placeNamedCount[pi] = (placeNamedCount[pi] as number) + 1;
    }
  }

  // A place that no event links (e.g. before the events stage has run) is still drawn unless a
  // filter that only events can satisfy is on.
  const eventOnlyFilter = dateFiltered || q !== '' || filters.textDatedOnly;
  const placeVisible = new Uint8Array(nPlaces);
  const placeDemonymOnly = new Uint8Array(nPlaces);
  let visiblePlaceCount = 0;
  for (let pi = 0; pi < nPlaces; pi++) {
    const count = placeCount[pi] ?? 0;
    let visible = count > 0;
    if (!visible && index.placeEventTotal[pi] === 0 && !eventOnlyFilter) {
      visible =
        (!anyPlaceSelected || selectedPlaces[pi] === 1) &&
        (countryIdx === -1 || placeCountry[pi] === countryIdx) &&
        (articleIdx === -1 || (index.placeArticles[pi]?.has(articleIdx) ?? false)) &&
        !(filters.hideDemonyms && index.placeDemonymOnly[pi] === 1);
    }
    if (!visible) continue;
    placeVisible[pi] = 1;
    visiblePlaceCount++;
    placeDemonymOnly[pi] =
      count > 0 ? (placeNamedCount[pi] === 0 ? 1 : 0) : (index.placeDemonymOnly[pi] ?? 0);
  }

  return {
    eventVisible,
    visibleEvents: visibleEvents.subarray(0, visibleCount),
    visibleRanks: visibleRanks.subarray(0, visibleCount),
    placeCount,
    placeVisible,
    placeDemonymOnly,
    visiblePlaceCount,
  };
}

/**
 * Places whose name or any alternate name contains the query (accent- and case-insensitive,
 * so "Raqqah" finds Ar Raqqah): whole-name matches first, then word-prefix, then substring;
 * ties by how many events mention the place.
 */
export function searchPlaces(index: CorpusIndex, query: string, limit = 8): number[] {
  const q = normaliseName(query);
  if (q === '') return [];
  const scored: [number, number][] = [];
  index.placeSearchNames.forEach((names, pi) => {
    let best = 0;
    for (const name of names) {
      if (name === q) best = Math.max(best, 3);
      else if (name.startsWith(q) || name.includes(` ${q}`)) best = Math.max(best, 2);
      else if (name.includes(q)) best = Math.max(best, 1);
    }
    if (best > 0) scored.push([pi, best]);
  });
  scored.sort(
    (a, b) =>
      b[1] - a[1] ||
      (index.placeEventTotal[b[0]] ?? 0) - (index.placeEventTotal[a[0]] ?? 0) ||
      a[0] - b[0],
  );
  return scored.slice(0, limit).map(([pi]) => pi);
}

// Per place, its events in date order: sorted on first use, once per corpus, so that the place
// card and the hover highlight only filter (a country may have tens of thousands of events).
const placeEventListsOf = memoByObject((_index: CorpusIndex): (Int32Array | undefined)[] => []);

function eventsOfPlaceByDate(index: CorpusIndex, placeIdx: number): Int32Array {
  const lists = placeEventListsOf(index);
  let list = lists[placeIdx];
  if (!list) {
    const rank = index.eventDateRank;
    list = Int32Array.from(index.placeEvents[placeIdx] ?? []).sort(
      (a, b) => (rank[a] ?? 0) - (rank[b] ?? 0),
    );
    lists[placeIdx] = list;
  }
  return list;
}

/** Visible events that link the place, in date order. */
export function eventsOfPlace(
  index: CorpusIndex,
  visibility: Visibility,
  placeIdx: number,
): number[] {
  const events = eventsOfPlaceByDate(index, placeIdx);
  const out: number[] = [];
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as number;
    if (visibility.eventVisible[e] === 1) out.push(e);
  }
  return out;
}

/** Place indexes an event links. */
export function placesOfEvent(index: CorpusIndex, eventIdx: number): number[] {
  const out: number[] = [];
  for (let l = index.linkStart[eventIdx] ?? 0; l < (index.linkStart[eventIdx + 1] ?? 0); l++) {
    const pi = index.linkPlace[l] ?? -1;
    if (pi >= 0) out.push(pi);
  }
  return out;
}
