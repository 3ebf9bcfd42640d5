/**
 * The view state that lives in the URL: one schema, each key with its decoder and encoder.
 *
 * `decodeViewState` is total: any string yields a usable state plus, in words, what was ignored
 * and why, so a stale or mangled link still opens with everything that can be kept.
 * `encodeViewState` is canonical (fixed key order, defaults omitted, map values rounded), so a
 * decoded canonical query string encodes back to itself. Pure: no DOM, no globals.
 */
import { isIsoDay } from './dateRange.ts';

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface ViewState {
  /** Selected place ids (gazetteer ids such as "geonames:169389"), in selection order. */
  places: readonly string[];
  from: string | null;
  to: string | null;
  article: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** Text search over event sentences; '' for none. */
  q: string;
  event: string | null;
  hideDemonyms: boolean;
  textDatedOnly: boolean;
  map: MapView | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  places: [],
  from: null,
  to: null,
  article: null,
  country: null,
  q: '',
  event: null,
  hideDemonyms: false,
  textDatedOnly: false,
  map: null,
};

/** The ids a link may refer to; when given, references to anything else are dropped. */
/** Anything that answers `has`: a Set of ids, or the app's id → position Maps as they are. */
export interface IdLookup {
  has(id: string): boolean;
}

export interface KnownIds {
  places: IdLookup;
  articles: IdLookup;
  events: IdLookup;
  countries: IdLookup;
}

export interface DecodedViewState {
  state: ViewState;
  /** What was ignored and why, one phrase each ('unknown place "nowhere"'). */
  dropped: string[];
}

const MAX_Q_LENGTH = 500;
const MAX_ZOOM = 19;
const COORD_DECIMALS = 4; // about 11 m: finer than any zoom the base map is useful at
/** The URL's keys, in the order an encoded link lists them. */
export const KEY_ORDER = [
  'place',
  'from',
  'to',
  'article',
  'country',
  'q',
  'event',
  'demonyms',
  'dated',
  'map',
] as const;
type Key = (typeof KEY_ORDER)[number];

function isKey(name: string): name is Key {
  return (KEY_ORDER as readonly string[]).includes(name);
}

/** Shortens a user-supplied value for a notice, so junk cannot flood the page. */
function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short);
}

function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a query string into raw (still percent-encoded) key/value pairs. */
function splitQuery(search: string): [string, string][] {
  const body = search.startsWith('?') ? search.slice(1) : search;
  if (body === '') return [];
  return body
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

function roundCoord(value: number): number {
  const rounded = Number(value.toFixed(COORD_DECIMALS));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Longitude folded into [-180, 180), since a panned Leaflet map reports any longitude. */
function wrapLon(lon: number): number {
  // Rounded before folding: 179.99999 rounds to 180, which must fold to -180 (rounding after
  // folding let 180 through, and the decoded link then differed from the encoded one).
  const rounded = roundCoord(lon);
  const wrapped = ((((rounded + 180) % 360) + 360) % 360) - 180;
  return roundCoord(wrapped);
}

/** Canonical map value: what `encodeViewState` writes and `decodeMap` accepts back unchanged. */
export function normaliseMapView(view: MapView): MapView {
  return {
    lat: roundCoord(Math.min(90, Math.max(-90, view.lat))),
    lon: wrapLon(view.lon),
    zoom: Math.min(MAX_ZOOM, Math.max(0, Math.round(view.zoom))),
  };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function decodeMap(value: string): MapView | null {
  const parts = value.split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < 0 || zoom > MAX_ZOOM) return null;
  return normaliseMapView({ lat, lon, zoom });
}

export function decodeViewState(search: string, known?: KnownIds): DecodedViewState {
  const dropped: string[] = [];
  const values = new Map<Key, string>();
  for (const [rawKey, rawValue] of splitQuery(typeof search === 'string' ? search : '')) {
    const key = decodeComponent(rawKey);
    if (key === null || !isKey(key)) {
      dropped.push(`unknown parameter ${quote(key ?? rawKey)}`);
      continue;
    }
    if (values.has(key)) {
      dropped.push(`repeated parameter "${key}" (the first one was kept)`);
      continue;
    }
    if (key === 'place') {
      // Ids are split on literal commas before decoding, so an id may hold an encoded comma.
      values.set(key, rawValue);
      continue;
    }
    const value = decodeComponent(rawValue);
    if (value === null) dropped.push(`malformed ${key} value ${quote(rawValue)}`);
    else values.set(key, value);
  }

  const state: ViewState = { ...DEFAULT_VIEW_STATE };

  const rawPlaces = values.get('place');
  if (rawPlaces !== undefined) {
    const places: string[] = [];
    for (const raw of rawPlaces.split(',')) {
      const id = decodeComponent(raw);
      if (id === null || id.trim() === '') {
        if (raw !== '') dropped.push(`malformed place ${quote(raw)}`);
      } else if (known && !known.places.has(id)) dropped.push(`unknown place ${quote(id)}`);
      else if (!places.includes(id)) places.push(id);
    }
    state.places = places;
  }

  const from = values.get('from');
  const to = values.get('to');
  const fromOk = from !== undefined && isIsoDay(from);
  const toOk = to !== undefined && isIsoDay(to);
  if (from !== undefined && !fromOk) dropped.push(`invalid "from" date ${quote(from)}`);
  if (to !== undefined && !toOk) dropped.push(`invalid "to" date ${quote(to)}`);
  if (fromOk && toOk && from > to) {
    dropped.push(`reversed date range (from ${from} is after to ${to})`);
  } else {
    if (fromOk) state.from = from;
    if (toOk) state.to = to;
  }

  const article = values.get('article');
  if (article !== undefined && article !== '') {
    if (known && !known.articles.has(article)) dropped.push(`unknown article ${quote(article)}`);
    else state.article = article;
  }

  const country = values.get('country');
  if (country !== undefined && country !== '') {
    if (!/^[A-Z]{2}$/.test(country)) dropped.push(`invalid country code ${quote(country)}`);
    else if (known && !known.countries.has(country))
      dropped.push(`unknown country ${quote(country)}`);
    else state.country = country;
  }

  const q = values.get('q');
  if (q !== undefined) {
    if (q.length > MAX_Q_LENGTH) dropped.push(`search text longer than ${MAX_Q_LENGTH} characters`);
    else state.q = q;
  }

  const event = values.get('event');
  if (event !== undefined && event !== '') {
    if (known && !known.events.has(event)) dropped.push(`unknown event ${quote(event)}`);
    else state.event = event;
  }

  const demonyms = values.get('demonyms');
  if (demonyms !== undefined) {
    if (demonyms === 'hide') state.hideDemonyms = true;
    else dropped.push(`demonyms value ${quote(demonyms)} (expected "hide")`);
  }

  const dated = values.get('dated');
  if (dated !== undefined) {
    if (dated === 'text') state.textDatedOnly = true;
    else dropped.push(`dated value ${quote(dated)} (expected "text")`);
  }

  const map = values.get('map');
  if (map !== undefined) {
    const view = decodeMap(map);
    if (view) state.map = view;
    else dropped.push(`map value ${quote(map)} (expected latitude,longitude,zoom)`);
  }

  return { state, dropped };
}

/** Percent-encodes a value but keeps characters that are safe and readable in a query. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

function formatNumber(n: number): string {
  return String(Object.is(n, -0) ? 0 : n);
}

/** A canonical query string without the leading "?" ('' for the default view). */
export function encodeViewState(state: ViewState): string {
  const pairs: [Key, string][] = [];
  const places = [...new Set(state.places)].filter((id) => id.trim() !== '');
  if (places.length > 0) pairs.push(['place', places.map(encodeValue).join(',')]);
  const reversed = state.from !== null && state.to !== null && state.from > state.to;
  if (state.from !== null && isIsoDay(state.from) && !reversed) pairs.push(['from', state.from]);
  if (state.to !== null && isIsoDay(state.to) && !reversed) pairs.push(['to', state.to]);
  if (state.article) pairs.push(['article', encodeValue(state.article)]);
  if (state.country && /^[A-Z]{2}$/.test(state.country)) pairs.push(['country', state.country]);
  if (state.q !== '' && state.q.length <= MAX_Q_LENGTH) pairs.push(['q', encodeValue(state.q)]);
  if (state.event) pairs.push(['event', encodeValue(state.event)]);
  if (state.hideDemonyms) pairs.push(['demonyms', 'hide']);
  if (state.textDatedOnly) pairs.push(['dated', 'text']);
  if (state.map && [state.map.lat, state.map.lon, state.map.zoom].every(Number.isFinite)) {
    const m = normaliseMapView(state.map);
    pairs.push(['map', [m.lat, m.lon, m.zoom].map(formatNumber).join(',')]);
  }
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}
