/**
 * Indexes built once per corpus so that filtering is a linear pass over typed arrays, never a
 * join per render: at 100,000 events every filter change must stay well under a frame budget.
 *
 * Events, places and articles are addressed by their position in the corpus arrays.
 * Event→place links are stored in compressed-sparse-row form (`linkStart`, `linkPlace`).
 */
import type { Corpus } from '../../shared/corpus.ts';
import { dayNumber } from '../../shared/dateRange.ts';
import { orderByDays } from './dateOrder.ts';
import {
  firstMentionFrom,
  mentionsByArticle,
  mentionsOfArticle,
  onlyDemonymsInSpan,
} from './sentenceMentions.ts';

export const NO_DAY = -2_147_483_648;

export interface CorpusIndex {
  corpus: Corpus;
  placeIndex: ReadonlyMap<string, number>;
  articleIndex: ReadonlyMap<string, number>;
  eventIndex: ReadonlyMap<string, number>;
  countryIndex: ReadonlyMap<string, number>;
  /** Per event: its article's index. */
  eventArticle: Int32Array;
  /** Per event: first and last day of its date as day numbers; NO_DAY when undated. */
  eventStartDay: Int32Array;
  eventEndDay: Int32Array;
  /** Per event: 1 when the sentence itself dates it (dateBasis 'text'). */
  eventTextDated: Uint8Array;
  /** Event i links places linkPlace[linkStart[i] .. linkStart[i+1]). */
  linkStart: Int32Array;
  linkPlace: Int32Array;
  /** Per link: 1 when only demonyms ("Syrian") of that place occur in the sentence. */
  linkDemonymOnly: Uint8Array;
  /** Per place: its country's index in corpus.countries, or -1. */
  placeCountry: Int32Array;
  /** Per place: number of events linking it (whatever the filters). */
  placeEventTotal: Int32Array;
  /** Per place: 1 when every mention in the corpus is a demonym. */
  placeDemonymOnly: Uint8Array;
  /** Per place: article indexes it is mentioned in. */
  placeArticles: readonly ReadonlySet<number>[];
  /** Per place: indexes of the events that link it, in corpus order. */
  placeEvents: readonly Int32Array[];
  /** Event indexes sorted by start day, then end day, undated last, then corpus order. */
  eventsByDate: Int32Array;
  /** Per event: its position in `eventsByDate`. */
  eventDateRank: Int32Array;
  /** Lower-cased, accent-free names and alternate names per place, for the place search. */
  placeSearchNames: readonly string[][];
  /** The extent of all dated events, or null when none is dated. */
  domain: { start: string; end: string } | null;
}

/** Lower case, no accents or apostrophes, hyphens as spaces: "Deir ez-Zôr" → "deir ez zor". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʿʾ`]/g, '')
    .replace(/[-‐–_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function indexBy<T extends { id: string }>(items: readonly T[]): Map<string, number> {
  return new Map(items.map((item, i) => [item.id, i]));
}

export function buildCorpusIndex(corpus: Corpus): CorpusIndex {
  const { articles, places, events, countries } = corpus;
  const placeIndex = indexBy(places);
  const articleIndex = indexBy(articles);
  const countryIndex = new Map(countries.map((c, i) => [c.code, i]));

  const n = events.length;
  const eventArticle = new Int32Array(n);
  const eventStartDay = new Int32Array(n).fill(NO_DAY);
  const eventEndDay = new Int32Array(n).fill(NO_DAY);
  const eventTextDated = new Uint8Array(n);
  const linkStart = new Int32Array(n + 1);
  let linkCount = 0;
  for (const e of events) linkCount += e.placeIds.length;
  const linkPlace = new Int32Array(linkCount);
  const linkDemonymOnly = new Uint8Array(linkCount);
  const placeEventTotal = new Int32Array(places.length);

  // For each event→place link: does the sentence name the place, or only use its demonym?
  const mentions = mentionsByArticle(places, articleIndex);

  let link = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i] as Corpus['events'][number];
    const ai = articleIndex.get(e.articleId) ?? -1;
    eventArticle[i] = ai;
    if (e.date) {
      // Char-code arithmetic, not Date.UTC: at 100,000 events that is ~250 ms less on load.
      eventStartDay[i] = dayNumber(e.date.start);
      eventEndDay[i] = dayNumber(e.date.end);
    }
    eventTextDated[i] = e.dateBasis === 'text' ? 1 : 0;
    linkStart[i] = link;
    const [first, last] = mentionsOfArticle(mentions, ai);
    const from = firstMentionFrom(mentions, first, last, e.start);
    for (const id of e.placeIds) {
      const pi = placeIndex.get(id) ?? -1;
      linkPlace[link] = pi;
      linkDemonymOnly[link] = onlyDemonymsInSpan(mentions, from, last, e.end, pi) ? 1 : 0;
      if (pi >= 0) placeEventTotal[pi] = (placeEventTotal[pi] ?? 0) + 1;
      link++;
    }
  }
  linkStart[n] = link;

  const placeCountry = new Int32Array(places.length);
  const placeDemonymOnly = new Uint8Array(places.length);
  places.forEach((p, pi) => {
    placeCountry[pi] = p.countryCode === null ? -1 : (countryIndex.get(p.countryCode) ?? -1);
    placeDemonymOnly[pi] = p.mentions.every((m) => m.form === 'demonym') ? 1 : 0;
  });
  // Made on first use, not on load: the first search, and an article filter on a place that no
  // event links. Normalising every alternate name alone is tens of thousands of strings.
  let placeArticles: Set<number>[] | null = null;
  let placeSearchNames: string[][] | null = null;
  // Made on first use: only a selected or hovered event, or a link naming one, needs it, and at
  // 100,000 events the map of their ids costs tens of milliseconds on load.
  let eventIndex: Map<string, number> | null = null;

  const eventsByDate = orderByDays(eventStartDay, eventEndDay, NO_DAY);

  const eventDateRank = new Int32Array(n);
  eventsByDate.forEach((e, rank) => (eventDateRank[e] = rank));

  const placeEventLists: number[][] = places.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let l = linkStart[i] ?? 0; l < (linkStart[i + 1] ?? 0); l++) {
      const list = placeEventLists[linkPlace[l] ?? -1];
      if (list && list[list.length - 1] !== i) list.push(i);
    }
  }
  const placeEvents = placeEventLists.map((list) => Int32Array.from(list));

  let domain: CorpusIndex['domain'] = null;
  for (const e of events) {
    if (!e.date) continue;
    if (!domain) domain = { start: e.date.start, end: e.date.end };
    else {
      if (e.date.start < domain.start) domain.start = e.date.start;
      if (e.date.end > domain.end) domain.end = e.date.end;
    }
  }

  return {
    corpus,
    placeIndex,
    articleIndex,
    get eventIndex() {
      return (eventIndex ??= indexBy(events));
    },
    countryIndex,
    eventArticle,
    eventStartDay,
    eventEndDay,
    eventTextDated,
    linkStart,
    linkPlace,
    linkDemonymOnly,
    placeCountry,
    placeEventTotal,
    placeDemonymOnly,
    get placeArticles() {
      return (placeArticles ??= places.map(
        (p) => new Set(p.mentions.map((m) => articleIndex.get(m.articleId) ?? -1)),
      ));
    },
    placeEvents,
    eventsByDate,
    eventDateRank,
    get placeSearchNames() {
      return (placeSearchNames ??= places.map((p) => [
        ...new Set([p.name, ...p.alternateNames].map(normaliseName)),
      ]));
    },
    domain,
  };
}

/** The item at a position the index itself produced; a miss is a bug, so it fails loudly. */
export function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`no item at position ${i} of ${items.length}`);
  return item;
}
