/**
 * A corpus file with some of its articles replaced, without assembling the others again: the
 * previous build's file, less the articles that changed or went, merged with the file packed from
 * the articles that changed or came. What the merge needs to be exact:
 * - every record of the file belongs to one article and sorts first by it (articles by id,
 *   unresolved names and events by article, each place's mentions by article), so two files of
 *   disjoint articles merge run by run, each article's rows in their own order;
 * - a place's record is the same whichever article names it (`canSplice` checks this, and the
 *   merge refuses two files that disagree), so dropping the article it came from changes nothing;
 * - the dates list is the events' dates in order of first use, made again over the merged events;
 * - places no article names any more go, with their countries.
 * Indexes (articles, places, dates) are renumbered; everything else is copied. Returns null where
 * the files do not fit these rules: the caller then builds the corpus in full.
 */
import type { Country, DateRange } from '../../shared/corpus.ts';
import type { CorpusFile, PlaceRecord } from '../../shared/corpusFile.ts';
import { noEvents, noMentions } from '../../shared/packCorpus.ts';
import type { ProcessedArticle } from './assembleCorpus.ts';
import { compareStrings } from './assembleCorpus.ts';

/**
 * True when the articles' results can be spliced: each event belongs to the article that found it,
 * and each place id has one record (as the gazetteer gives it) across all the articles.
 */
export function canSplice(processed: readonly ProcessedArticle[]): boolean {
  const seen = new Map<string, ProcessedArticle['geoparse']['mentions'][number]['place']>();
  for (const { article, geoparse, events } of processed) {
    for (const e of events) if (e.articleId !== article.id) return false;
    for (const { place } of geoparse.mentions) {
      const known = seen.get(place.gazetteerId);
      if (known === undefined) seen.set(place.gazetteerId, place);
      else if (known !== place && !samePlace(recordOf(known), recordOf(place))) return false;
    }
  }
  return true;
}

/** `previous` without the articles in `drop`, merged with `added` (of other articles). */
export function spliceCorpus(
  previous: CorpusFile,
  drop: ReadonlySet<string>,
  added: CorpusFile,
): CorpusFile | null {
  // Articles, by id: where each article of either file goes (-1: dropped).
  const fromA = new Int32Array(previous.articles.length).fill(-1);
  const fromB = new Int32Array(added.articles.length).fill(-1);
  const articles: CorpusFile['articles'] = [];
  {
    let i = 0;
    let j = 0;
    const a = previous.articles;
    const b = added.articles;
    while (i < a.length || j < b.length) {
      const x = a[i];
      const y = b[j];
      if (x && drop.has(x.id)) {
        i++;
        continue;
      }
      const order = x && y ? compareStrings(x.id, y.id) : x ? -1 : 1;
      if (order === 0) return null;
      if (order < 0 && x) fromA[i++] = articles.push(x) - 1;
      else if (y) fromB[j++] = articles.push(y) - 1;
    }
  }

  // Places, by id: those still named by a kept article, and the new file's.
  const named = new Uint8Array(previous.places.length);
  previous.mentions.article.forEach((a, i) => {
    if ((fromA[a] ?? -1) >= 0) named[previous.mentions.place[i] ?? 0] = 1;
  });
  const placeA = new Int32Array(previous.places.length).fill(-1);
  const placeB = new Int32Array(added.places.length).fill(-1);
  const places: PlaceRecord[] = [];
  {
    let i = 0;
    let j = 0;
    const a = previous.places;
    const b = added.places;
    while (i < a.length || j < b.length) {
      const x = a[i];
      const y = b[j];
      if (x && !named[i]) {
        i++;
        continue;
      }
      const order = x && y ? compareStrings(x.id, y.id) : x ? -1 : 1;
      if (order === 0 && x && y) {
        if (!samePlace(x, y)) return null;
        placeB[j++] = placeA[i++] = places.push(x) - 1;
      } else if (order < 0 && x) placeA[i++] = places.push(x) - 1;
      else if (y) placeB[j++] = places.push(y) - 1;
    }
  }

  const countries = countriesOf(places, [...previous.countries, ...added.countries]);
  if (!countries) return null;

  const unresolved = mergeRuns(
    previous.unresolved.filter((u) => !drop.has(u.articleId)),
    added.unresolved,
    (x, y) => compareStrings(x.articleId, y.articleId),
  );
  if (!unresolved) return null;

  const mentions = mergeMentions(previous, added, { fromA, fromB, placeA, placeB }, places.length);
  const dated = mentions && mergeEvents(previous, added, { fromA, fromB, placeA, placeB });
  if (!mentions || !dated) return null;
  return {
    schemaVersion: previous.schemaVersion,
    articles,
    places,
    countries,
    unresolved,
    dates: dated.dates,
    mentions,
    events: dated.events,
  };
}

interface Renumbering {
  /** New article index of each article of the previous file (-1: dropped) and of the new file. */
  fromA: Int32Array;
  fromB: Int32Array;
  /** New place index of each place of either file (-1: gone). */
  placeA: Int32Array;
  placeB: Int32Array;
}

/** Mentions place by place; within a place, both files' rows in article order. */
function mergeMentions(
  a: CorpusFile,
  b: CorpusFile,
  map: Renumbering,
  placeCount: number,
): CorpusFile['mentions'] | null {
  // Each file's rows of one place are consecutive (packCorpus writes place by place).
  const rowsA = rowsByPlace(a.mentions.place, map.placeA, placeCount);
  const rowsB = rowsByPlace(b.mentions.place, map.placeB, placeCount);
  if (!rowsA || !rowsB) return null;
  const out = noMentions();
  const copy = (m: CorpusFile['mentions'], row: number, article: number, place: number) => {
    out.article.push(article);
    out.start.push(m.start[row] ?? 0);
    out.end.push(m.end[row] ?? 0);
    out.place.push(place);
    out.form.push(m.form[row] ?? 'name');
  };
  for (let p = 0; p < placeCount; p++) {
    const merged = mergeRows(
      map,
      { articles: a.mentions.article, from: rowsA[2 * p] ?? 0, to: rowsA[2 * p + 1] ?? 0 },
      { articles: b.mentions.article, from: rowsB[2 * p] ?? 0, to: rowsB[2 * p + 1] ?? 0 },
      (row, article) => copy(a.mentions, row, article, p),
      (row, article) => copy(b.mentions, row, article, p),
    );
    if (!merged) return null;
  }
  return out;
}

/** Rows [from, to) of one file's column of article indexes. */
interface RowRange {
  articles: readonly number[];
  from: number;
  to: number;
}

/**
 * Takes the rows of the previous file (`a`) and of the new one (`b`) in the order of their
 * articles' new indexes, each file's rows staying in their order; rows of articles the splice
 * drops are skipped. False when a row of the new file has an article with no new index.
 */
function mergeRows(
  map: Renumbering,
  a: RowRange,
  b: RowRange,
  takeA: (row: number, article: number) => void,
  takeB: (row: number, article: number) => void,
): boolean {
  let i = a.from;
  let j = b.from;
  while (i < a.to || j < b.to) {
    const x = i < a.to ? (map.fromA[a.articles[i] ?? 0] ?? -1) : -1;
    if (i < a.to && x < 0) {
      i++;
      continue;
    }
    const y = j < b.to ? (map.fromB[b.articles[j] ?? 0] ?? -1) : -1;
    if (j < b.to && y < 0) return false;
    if (x >= 0 && (y < 0 || x < y)) takeA(i++, x);
    else takeB(j++, y);
  }
  return true;
}

/**
 * For each new place index p, the file's rows naming it as [start, end) at 2p and 2p + 1; null if
 * a place's rows are not consecutive.
 */
function rowsByPlace(
  column: readonly number[],
  newIndex: Int32Array,
  placeCount: number,
): Int32Array | null {
  const rows = new Int32Array(2 * placeCount);
  let row = 0;
  while (row < column.length) {
    const old = column[row] ?? 0;
    const first = row;
    while (row < column.length && column[row] === old) row++;
    const p = newIndex[old] ?? -1;
    if (p < 0) continue; // a place named only by dropped articles
    if (rows[2 * p + 1] !== 0) return null;
    rows[2 * p] = first;
    rows[2 * p + 1] = row;
  }
  return rows;
}

/** Events in article order (each file's articles' rows are consecutive), dates made again. */
function mergeEvents(
  a: CorpusFile,
  b: CorpusFile,
  map: Renumbering,
): { events: CorpusFile['events']; dates: DateRange[] } | null {
  const events = noEvents();
  const dates: DateRange[] = [];
  const datesByText = new Map<string, number[]>();
  const dateA = new Int32Array(a.dates.length).fill(-1);
  const dateB = new Int32Array(b.dates.length).fill(-1);
  const dateOf = (file: CorpusFile, seen: Int32Array, old: number | null | undefined) => {
    if (old === null || old === undefined) return null;
    const known = seen[old] ?? -1;
    if (known >= 0) return known;
    const d = file.dates[old];
    if (!d) return -1;
    // As packCorpus numbers them: the first event with this date (text, span, precision).
    let same = datesByText.get(d.text);
    if (!same) datesByText.set(d.text, (same = []));
    let index = same.find((k) => {
      const e = dates[k];
      return e && e.start === d.start && e.end === d.end && e.precision === d.precision;
    });
    if (index === undefined) {
      index = dates.push(d) - 1;
      same.push(index);
    }
    seen[old] = index;
    return index;
  };
  let ok = true;
  const copy = (
    file: CorpusFile,
    row: number,
    article: number,
    places: Int32Array,
    seen: Int32Array,
  ) => {
    const e = file.events;
    const date = dateOf(file, seen, e.date[row]);
    const placeIndexes = (e.places[row] ?? []).map((p) => places[p] ?? -1);
    if (date === -1 || placeIndexes.some((p) => p < 0)) ok = false;
    events.article.push(article);
    events.start.push(e.start[row] ?? 0);
    events.end.push(e.end[row] ?? 0);
    events.places.push(placeIndexes);
    events.date.push(date);
    events.dateBasis.push(e.dateBasis[row] ?? null);
    events.future.push(e.future[row] ?? false);
  };
  const merged = mergeRows(
    map,
    { articles: a.events.article, from: 0, to: a.events.article.length },
    { articles: b.events.article, from: 0, to: b.events.article.length },
    (row, article) => copy(a, row, article, map.placeA, dateA),
    (row, article) => copy(b, row, article, map.placeB, dateB),
  );
  return merged && ok ? { events, dates } : null;
}

/** Two lists each sorted by `order`, with no key in both, as one sorted list. */
function mergeRuns<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] | null {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const o = x !== undefined && y !== undefined ? order(x, y) : x !== undefined ? -1 : 1;
    if (o === 0) return null;
    if (o < 0 && x !== undefined) {
      out.push(x);
      i++;
    } else if (y !== undefined) {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** The countries of `places`, in code order, with their records from `known`. */
function countriesOf(places: readonly PlaceRecord[], known: readonly Country[]): Country[] | null {
  const byCode = new Map(known.map((c) => [c.code, c]));
  const codes = [...new Set(places.flatMap((p) => (p.countryCode ? [p.countryCode] : [])))];
  const countries: Country[] = [];
  for (const code of codes.sort(compareStrings)) {
    const country = byCode.get(code);
    if (!country) return null;
    countries.push(country);
  }
  return countries;
}

/** A gazetteer place as the corpus file records it (as assembleCorpus and packCorpus make it). */
function recordOf(place: ProcessedArticle['geoparse']['mentions'][number]['place']): PlaceRecord {
  return {
    id: place.gazetteerId,
    name: place.name,
    kind: place.kind,
    countryCode: place.countryCode,
    lat: place.lat,
    lon: place.lon,
    gazetteerId: place.gazetteerId,
    alternateNames: [...new Set(place.alternateNames)],
  };
}

function samePlace(x: PlaceRecord, y: PlaceRecord): boolean {
  return (
    x.id === y.id &&
    x.name === y.name &&
    x.kind === y.kind &&
    x.countryCode === y.countryCode &&
    Object.is(x.lat, y.lat) &&
    Object.is(x.lon, y.lon) &&
    x.gazetteerId === y.gazetteerId &&
    x.alternateNames.length === y.alternateNames.length &&
    x.alternateNames.every((name, i) => name === y.alternateNames[i])
  );
}
