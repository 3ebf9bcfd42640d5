/**
 * Property-based: any query string decodes to a valid view (or the defaults), with what it
 * dropped said in words; and every valid view survives encode → decode exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDay } from './dateRange.ts';
import {
  DEFAULT_VIEW_STATE,
  decodeViewState,
  encodeViewState,
  KEY_ORDER,
  normaliseMapView,
  type KnownIds,
  type ViewState,
} from './urlState.ts';

const KEYS: readonly string[] = KEY_ORDER;

/** What every decoded state must satisfy, whatever the input. */
function expectValid(state: ViewState, known?: KnownIds): void {
  expect(new Set(state.places).size).toBe(state.places.length);
  for (const id of state.places) {
    expect(id.trim()).not.toBe('');
    if (known) expect(known.places.has(id)).toBe(true);
  }
  if (state.from !== null) expect(isIsoDay(state.from)).toBe(true);
  if (state.to !== null) expect(isIsoDay(state.to)).toBe(true);
  if (state.from !== null && state.to !== null) expect(state.from <= state.to).toBe(true);
  if (state.article !== null) {
    expect(state.article).not.toBe('');
    if (known) expect(known.articles.has(state.article)).toBe(true);
  }
  if (state.event !== null) {
    expect(state.event).not.toBe('');
    if (known) expect(known.events.has(state.event)).toBe(true);
  }
  if (state.country !== null) expect(state.country).toMatch(/^[A-Z]{2}$/);
  expect(state.q.length).toBeLessThanOrEqual(500);
  expect(typeof state.hideDemonyms).toBe('boolean');
  expect(typeof state.textDatedOnly).toBe('boolean');
  if (state.map !== null) expect(normaliseMapView(state.map)).toEqual(state.map);
}

/** Query strings that look like ours: real keys and junk, values percent-encoded or broken. */
const queryValue = fc.oneof(
  fc.string(),
  fc
    .string({ unit: 'binary' })
    .map((s) => s.replace(/[\uD800-\uDFFF]/g, ''))
    .map(encodeURIComponent),
  fc.constantFrom(
    'hide',
    'text',
    '2017-09-01',
    '2017-02-30',
    '35.9,39.0,7',
    '91,0,3',
    '%',
    '%E0%A4%A',
    '+',
    'SY',
    'geonames:1,,country:SY',
  ),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
);
const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), queryValue, fc.boolean()), {
    maxLength: 12,
  })
  .map((pairs) => '?' + pairs.map(([k, v, withEq]) => (withEq ? `${k}=${v}` : k)).join('&'));

const known: KnownIds = {
  places: new Set(['geonames:169389', 'country:SY', 'a,b', 'x&y=z']),
  articles: new Set(['000_0ebec296f594075f', 'a b']),
  events: new Set(['000_0ebec296f594075f:70']),
  countries: new Set(['SY', 'TR']),
};

describe('decodeViewState on any input', () => {
  it('never throws, and yields a valid view with reasons for what it dropped', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), queryString), (search) => {
        const { state, dropped } = decodeViewState(search);
        expectValid(state);
        for (const reason of dropped) expect(reason.length).toBeLessThan(200);
        // Decoding is canonical: what it keeps encodes and decodes back to itself.
        expect(decodeViewState(encodeViewState(state)).state).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('with known ids, keeps only references to things that exist', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        expectValid(decodeViewState(search, known).state, known);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the default view for a string with none of its keys', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !KEYS.some((k) => s.includes(k))),
        (search) => {
          expect(decodeViewState(search).state).toEqual(DEFAULT_VIEW_STATE);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Well-formed text as a person could type it (no lone surrogates, which no URL can carry). */
const text = (options: { minLength?: number; maxLength?: number } = {}) =>
  fc.string({ unit: 'grapheme', ...options });
const nonBlank = text({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const isoDay = fc
  .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const validView: fc.Arbitrary<ViewState> = fc
  .record({
    places: fc.uniqueArray(nonBlank, { maxLength: 5 }),
    days: fc.tuple(fc.option(isoDay), fc.option(isoDay)),
    article: fc.option(nonBlank),
    country: fc.option(fc.stringMatching(/^[A-Z]{2}$/)),
    q: text({ maxLength: 500 }),
    event: fc.option(nonBlank),
    hideDemonyms: fc.boolean(),
    textDatedOnly: fc.boolean(),
    map: fc.option(
      fc
        .record({
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lon: fc.double({ min: -540, max: 540, noNaN: true }),
          zoom: fc.integer({ min: 0, max: 19 }),
        })
        .map(normaliseMapView),
    ),
  })
  .map(({ days: [a, b], ...rest }) => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { ...rest, from, to };
  });

describe('valid views', () => {
  it('round-trip exactly through the URL, dropping nothing', () => {
    fc.assert(
      fc.property(validView, (view) => {
        const search = encodeViewState(view);
        const { state, dropped } = decodeViewState(`?${search}`);
        expect(dropped).toEqual([]);
        expect(state).toEqual(view);
        expect(encodeViewState(state)).toBe(search);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trip when every id they name is known', () => {
    fc.assert(
      fc.property(validView, (view) => {
        const ids: KnownIds = {
          places: new Set(view.places),
          articles: new Set(view.article === null ? [] : [view.article]),
          events: new Set(view.event === null ? [] : [view.event]),
          countries: new Set(view.country === null ? [] : [view.country]),
        };
        expect(decodeViewState(encodeViewState(view), ids).state).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normaliseMapView', () => {
  it('folds a longitude that rounds up to 180 onto -180 (found by the round-trip property)', () => {
    const view = normaliseMapView({ lat: 0, lon: 179.99999, zoom: 3 });
    expect(view.lon).toBe(-180);
    expect(
      decodeViewState(`?${encodeViewState({ ...DEFAULT_VIEW_STATE, map: view })}`).state.map,
    ).toEqual(view);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -5, max: 30, noNaN: true }),
        (lat, lon, zoom) => {
          const once = normaliseMapView({ lat, lon, zoom });
          expect(normaliseMapView(once)).toEqual(once);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
