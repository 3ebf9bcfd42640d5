/**
 * A fast check of an untrusted corpus file, for the app: one pass of plain comparisons, no copies,
 * many times faster than the zod schema on a 100,000-event corpus (whose parse also copies every
 * record). It mirrors the schema in corpusFile.ts rule by rule and may only be stricter: when
 * it says no, the caller asks zod, which either names the problem or accepts the corpus after all.
 * corpusCheck.test.ts holds the two to agreement.
 */
import type { CorpusFile } from './corpusFile.ts';
import { SCHEMA_VERSION } from './schemaVersion.ts';

type Fields = Record<string, unknown>;

// The schema's enums, restated; the test compares them with the zod enums' options.
export const DATE_PRECISIONS: ReadonlySet<unknown> = new Set([
  'day',
  'week',
  'part-month',
  'month',
  'part-year',
  'year',
  'range',
]);
export const MENTION_FORMS: ReadonlySet<unknown> = new Set(['name', 'demonym']);
export const PLACE_KINDS: ReadonlySet<unknown> = new Set([
  'country',
  'region',
  'admin1',
  'city',
  'other',
]);
export const DATE_BASES: ReadonlySet<unknown> = new Set(['text', 'published']);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

const isFields = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isInRange = (v: unknown, limit: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= -limit && v <= limit;

function isDateRange(v: unknown): boolean {
  return (
    isFields(v) &&
    isText(v.start) &&
    ISO_DAY.test(v.start) &&
    isText(v.end) &&
    ISO_DAY.test(v.end) &&
    DATE_PRECISIONS.has(v.precision) &&
    isText(v.text) &&
    v.start <= v.end
  );
}

/** Row i of (article, start) comes strictly after row i - 1: the order of events. */
export function followsPrevious(article: readonly unknown[], start: readonly unknown[], i: number) {
  if (i === 0) return true;
  const [a, s, prevA, prevS] = [article[i], start[i], article[i - 1], start[i - 1]];
  if (typeof a !== 'number' || typeof s !== 'number') return false;
  if (typeof prevA !== 'number' || typeof prevS !== 'number') return false;
  return a > prevA || (a === prevA && s > prevS);
}

/** `list[i]`, where the caller has checked the index is in range; a RangeError if it is not. */
export function entry<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`no entry at index ${i}`);
  return value;
}

/** The span's text is what the article holds there (compared in place: no slice per span). */
export function holds(article: string, span: { start: number; end: number; text: string }) {
  return (
    span.end >= span.start &&
    span.end <= article.length &&
    span.end - span.start === span.text.length &&
    article.startsWith(span.text, span.start)
  );
}

/** A span's fields, and that it holds its text in an article that exists. */
function isTextSpan(v: Fields, texts: ReadonlyMap<string, string>): boolean {
  const { articleId, start, end, text } = v;
  if (!isId(articleId) || !isOffset(start) || !isOffset(end) || !isText(text)) return false;
  const article = texts.get(articleId);
  return article !== undefined && holds(article, { start, end, text });
}

function isArticle(v: unknown): v is Fields {
  return (
    isFields(v) &&
    isId(v.id) &&
    isId(v.file) &&
    isText(v.title) &&
    isTextOrNull(v.source) &&
    isTextOrNull(v.url) &&
    (v.published === null || isDateRange(v.published)) &&
    isText(v.text)
  );
}

function isPlaceRecord(v: unknown): v is Fields {
  if (
    !isFields(v) ||
    !isId(v.id) ||
    !isId(v.name) ||
    !PLACE_KINDS.has(v.kind) ||
    !(v.countryCode === null || (isText(v.countryCode) && COUNTRY_CODE.test(v.countryCode))) ||
    !isInRange(v.lat, 90) ||
    !isInRange(v.lon, 180) ||
    !isId(v.gazetteerId) ||
    !Array.isArray(v.alternateNames)
  ) {
    return false;
  }
  for (const name of v.alternateNames as unknown[]) if (!isText(name)) return false;
  return true;
}

function isCountry(v: unknown): boolean {
  return (
    isFields(v) &&
    isText(v.code) &&
    COUNTRY_CODE.test(v.code) &&
    isId(v.name) &&
    isTextOrNull(v.isoNumeric)
  );
}

/** The named fields are arrays of one length; returns that length, or -1. */
function columnsLength(v: unknown, names: readonly string[]): number {
  if (!isFields(v)) return -1;
  let length = -1;
  for (const name of names) {
    const column = v[name];
    if (!Array.isArray(column) || (length !== -1 && column.length !== length)) return -1;
    length = column.length;
  }
  return length;
}

/** Row i of a span table is an article index, and a span inside that article's text. */
function isSpanRow(columns: Fields, i: number, articles: readonly Fields[]): boolean {
  const article = (columns.article as unknown[])[i];
  const start = (columns.start as unknown[])[i];
  const end = (columns.end as unknown[])[i];
  if (!isOffset(article) || !isOffset(start) || !isOffset(end)) return false;
  const text = articles[article]?.text as string | undefined;
  return text !== undefined && end >= start && end <= text.length;
}

const MENTION_COLUMNS = ['article', 'start', 'end', 'place', 'form'] as const;
const EVENT_COLUMNS = ['article', 'start', 'end', 'places', 'date', 'dateBasis', 'future'] as const;

function areMentions(v: unknown, articles: readonly Fields[], placeCount: number): boolean {
  const n = columnsLength(v, MENTION_COLUMNS);
  if (n < 0) return false;
  const columns = v as Fields;
  const place = columns.place as unknown[];
  const form = columns.form as unknown[];
  const mentioned = new Uint8Array(placeCount);
  for (let i = 0; i < n; i++) {
    const p = place[i];
    if (!isSpanRow(columns, i, articles) || !MENTION_FORMS.has(form[i])) return false;
    if (!isOffset(p) || p >= placeCount) return false;
    mentioned[p] = 1;
  }
  return mentioned.every((m) => m === 1);
}

function areEvents(
  v: unknown,
  articles: readonly Fields[],
  placeCount: number,
  dateCount: number,
): boolean {
  const n = columnsLength(v, EVENT_COLUMNS);
  if (n < 0) return false;
  const columns = v as Fields;
  const article = columns.article as unknown[];
  const start = columns.start as unknown[];
  const places = columns.places as unknown[];
  const date = columns.date as unknown[];
  const dateBasis = columns.dateBasis as unknown[];
  const future = columns.future as unknown[];
  for (let i = 0; i < n; i++) {
    if (!isSpanRow(columns, i, articles)) return false;
    if (!followsPrevious(article, start, i)) return false;
    const d = date[i];
    const basis = dateBasis[i];
    if (!(d === null || (isOffset(d) && d < dateCount))) return false;
    if (!(basis === null || DATE_BASES.has(basis))) return false;
    if (typeof future[i] !== 'boolean') return false;
    const indexes = places[i];
    if (!Array.isArray(indexes)) return false;
    for (const p of indexes as unknown[]) if (!isOffset(p) || p >= placeCount) return false;
  }
  return true;
}

/**
 * True only when the file schema (corpusFile.ts, with its index, span and order checks) accepts
 * `json` as it is; the app then unpacks the object unchanged. False means: ask `parseCorpus`.
 */
export function isValidCorpusFile(json: unknown): json is CorpusFile {
  if (!isFields(json) || json.schemaVersion !== SCHEMA_VERSION) return false;
  const { articles, places, countries, unresolved, dates } = json;
  if (
    !Array.isArray(dates) ||
    !Array.isArray(articles) ||
    !Array.isArray(places) ||
    !Array.isArray(countries) ||
    !Array.isArray(unresolved)
  ) {
    return false;
  }
  const texts = new Map<string, string>();
  for (const a of articles as unknown[]) {
    if (!isArticle(a) || texts.has(a.id as string)) return false;
    texts.set(a.id as string, a.text as string);
  }
  const placeIds = new Set<unknown>();
  for (const p of places as unknown[]) {
    if (!isPlaceRecord(p) || placeIds.has(p.id)) return false;
    placeIds.add(p.id);
  }
  for (const c of countries as unknown[]) if (!isCountry(c)) return false;
  for (const d of dates as unknown[]) if (!isDateRange(d)) return false;
  for (const u of unresolved as unknown[]) {
    if (!isFields(u) || !isText(u.reason) || !isTextSpan(u, texts)) return false;
  }
  return (
    areMentions(json.mentions, articles as Fields[], places.length) &&
    areEvents(json.events, articles as Fields[], places.length, dates.length)
  );
}
