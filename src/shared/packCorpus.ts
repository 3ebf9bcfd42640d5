/**
 * Between the corpus model (corpus.ts) and the packed file (corpusFile.ts), both ways and
 * losslessly: `unpackCorpus(packCorpus(c))` deep-equals `c` for every corpus the pipeline
 * assembles (articles sorted by id, events by span, each place's mentions by span).
 */
import type { Corpus, DateRange, Event, Place } from './corpus.ts';
import type { CorpusFile, EventColumns, MentionColumns } from './corpusFile.ts';
import { entry, holds } from './corpusCheck.ts';
import { SCHEMA_VERSION } from './schemaVersion.ts';

/**
 * The file form of a model corpus. Throws if the model holds what the file cannot (a text that is
 * not its span's characters, an event id not made from its span, an unknown article or place):
 * those are pipeline bugs, and packing would hide them. Records are rebuilt field by field in the
 * schema's key order, so the serialised file does not depend on how the stages built them.
 */
export function packCorpus(corpus: Corpus): CorpusFile {
  const articleIndex = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const placeIndex = new Map(corpus.places.map((p, i) => [p.id, i]));
  const at = <T>(map: Map<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`packCorpus: unknown ${what} "${key}"`);
    return value;
  };
  // Records come in runs of one article (events are sorted by it, a place's mentions mostly are):
  // the last answer is checked first, which saves most of 200,000 map look-ups at 10,000 articles.
  let lastId = '';
  let lastIndex = -1;
  const articleOf = (id: string): number => {
    if (id !== lastId) {
      lastIndex = at(articleIndex, id, 'article');
      lastId = id;
    }
    return lastIndex;
  };

  const checkText = (article: number, s: { start: number; end: number; text: string }) => {
    if (!holds(entry(corpus.articles, article).text, s)) {
      const id = entry(corpus.articles, article).id;
      throw new Error(
        `packCorpus: span ${s.start}-${s.end} does not hold "${s.text}" in article "${id}"`,
      );
    }
  };

  // Place by place, each place's mentions in the model's order, so unpacking restores it as is.
  const mentions = noMentions();
  corpus.places.forEach((p, place) => {
    for (const m of p.mentions) {
      const article = articleOf(m.articleId);
      checkText(article, m);
      mentions.article.push(article);
      mentions.start.push(m.start);
      mentions.end.push(m.end);
      mentions.place.push(place);
      mentions.form.push(m.form);
    }
  });

  const events = noEvents();
  const dates: DateRange[] = [];
  // By text first ("published 2019-09-25", "in July"), then the few ranges that share a text:
  // no key string built per event.
  const datesByText = new Map<string, number[]>();
  const indexOfDate = (d: DateRange) => {
    let same = datesByText.get(d.text);
    if (!same) datesByText.set(d.text, (same = []));
    for (const i of same) {
      const known = entry(dates, i);
      if (known.start === d.start && known.end === d.end && known.precision === d.precision) {
        return i;
      }
    }
    const i = dates.push(dateRange(d)) - 1;
    same.push(i);
    return i;
  };
  for (const e of corpus.events) {
    const article = articleOf(e.articleId);
    checkText(article, e);
    if (!isSpanId(e)) throw new Error(`packCorpus: event id "${e.id}" is not its span's`);
    events.article.push(article);
    events.start.push(e.start);
    events.end.push(e.end);
    events.places.push(e.placeIds.map((id) => at(placeIndex, id, 'place')));
    events.date.push(e.date && indexOfDate(e.date));
    events.dateBasis.push(e.dateBasis);
    events.future.push(e.future);
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    articles: corpus.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      source: a.source,
      url: a.url,
      published: a.published && dateRange(a.published),
      text: a.text,
    })),
    places: corpus.places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      countryCode: p.countryCode,
      lat: p.lat,
      lon: p.lon,
      gazetteerId: p.gazetteerId,
      alternateNames: p.alternateNames,
    })),
    countries: corpus.countries.map((c) => ({
      code: c.code,
      name: c.name,
      isoNumeric: c.isoNumeric,
    })),
    unresolved: corpus.unresolved.map((u) => ({
      articleId: u.articleId,
      start: u.start,
      end: u.end,
      text: u.text,
      reason: u.reason,
    })),
    dates,
    mentions,
    events,
  };
}

/** `id === \`${articleId}:${start}\`` without building the string. */
function isSpanId(e: Event): boolean {
  const { id, articleId } = e;
  const n = articleId.length;
  return (
    id.length > n + 1 &&
    id.charCodeAt(n) === 0x3a &&
    id.startsWith(articleId) &&
    id.slice(n + 1) === String(e.start)
  );
}

function dateRange(d: DateRange): DateRange {
  return { start: d.start, end: d.end, precision: d.precision, text: d.text };
}

/** Empty mention columns (to fill, or for a corpus without mentions). */
export function noMentions(): MentionColumns {
  return { article: [], start: [], end: [], place: [], form: [] };
}

/** Empty event columns (to fill, or for a corpus without events). */
export function noEvents(): EventColumns {
  return { article: [], start: [], end: [], places: [], date: [], dateBasis: [], future: [] };
}

/** The model from a file the schema (or the fast check) accepted: indexes are in range. */
export function unpackCorpus(file: CorpusFile): Corpus {
  const { articles } = file;
  const places: Place[] = file.places.map((p) => ({ ...p, mentions: [] }));
  const m = file.mentions;
  m.article.forEach((a, i) => {
    const article = entry(articles, a);
    const start = entry(m.start, i);
    const end = entry(m.end, i);
    entry(places, entry(m.place, i)).mentions.push({
      articleId: article.id,
      start,
      end,
      text: article.text.slice(start, end),
      form: entry(m.form, i),
    });
  });
  const e = file.events;
  const events = e.article.map((a, i): Event => {
    const article = entry(articles, a);
    const start = entry(e.start, i);
    const end = entry(e.end, i);
    const date = entry(e.date, i);
    return {
      id: `${article.id}:${start}`,
      articleId: article.id,
      start,
      end,
      text: article.text.slice(start, end),
      placeIds: entry(e.places, i).map((p) => entry(places, p).id),
      date: date === null ? null : entry(file.dates, date),
      dateBasis: entry(e.dateBasis, i),
      future: entry(e.future, i),
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    articles,
    places,
    unresolved: file.unresolved,
    events,
    countries: file.countries,
  };
}
