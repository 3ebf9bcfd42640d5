import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Event } from '../../shared/corpus.ts';
import { at, buildCorpusIndex } from './corpusIndex.ts';
import { eventsOfPlace, filtersOf, searchPlaces, selectVisibility } from './selectors.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../shared/urlState.ts';
import { dayNumber } from '../../shared/dateRange.ts';
import { corpus, ids } from './testing/seedCorpus.ts';

const index = buildCorpusIndex(corpus);
const placeIdx = (id: string) => index.placeIndex.get(id) ?? -1;
const view = (patch: Partial<ViewState>) => filtersOf({ ...DEFAULT_VIEW_STATE, ...patch });

describe('buildCorpusIndex', () => {
  it('gives each dated event the day numbers the date filter compares with', () => {
    const dated = corpus.events.flatMap((e, i) => (e.date ? [[e.date, i] as const] : []));
    expect(dated.length).toBeGreaterThan(0);
    for (const [date, i] of dated) {
      expect(index.eventStartDay[i]).toBe(dayNumber(date.start));
      expect(index.eventEndDay[i]).toBe(dayNumber(date.end));
    }
  });
  it('finds every event by its id (the map is built on first use)', () => {
    corpus.events.forEach((e, i) => expect(index.eventIndex.get(e.id)).toBe(i));
    expect(index.eventIndex.size).toBe(corpus.events.length);
  });
});

describe('selectVisibility', () => {
  it('shows everything with no filters', () => {
    const v = selectVisibility(index, view({}));
    expect(v.visibleEvents.length).toBe(corpus.events.length);
    expect(v.visiblePlaceCount).toBe(4);
  });

  it('keeps only events that link a selected place', () => {
    const v = selectVisibility(index, view({ places: ['geonames:169389'] }));
    const texts = [...v.visibleEvents].map((i) => at(corpus.events, i).text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toMatch(/Raqqah?/);
  });

  it('filters by overlapping date range and drops undated events', () => {
    const v = selectVisibility(index, view({ from: '2019-01-01', to: '2019-12-31' }));
    for (const i of v.visibleEvents) expect(at(corpus.events, i).articleId).toBe(ids[0]);
    expect(v.visibleEvents.length).toBeGreaterThan(0);
  });

  it('filters by article, text and text-dated', () => {
    expect(
      selectVisibility(index, view({ article: at(ids, 1) })).visibleEvents.length,
    ).toBeLessThan(corpus.events.length);
    const q = selectVisibility(index, view({ q: 'SMUGGLERS' }));
    for (const i of q.visibleEvents)
      expect(at(corpus.events, i).text.toLowerCase()).toContain('smugglers');
    const dated = selectVisibility(index, view({ textDatedOnly: true }));
    for (const i of dated.visibleEvents) expect(at(corpus.events, i).dateBasis).toBe('text');
  });

  it("with a country filter, counts and draws only that country's places", () => {
    const v = selectVisibility(index, view({ country: 'TR' }));
    expect(v.placeVisible[placeIdx('geonames:298795')]).toBe(1);
    expect(v.placeVisible[placeIdx('geonames:163843')]).toBe(0);
  });

  it('hides demonym-only links when asked, and flags demonym-only places', () => {
    const turkey = placeIdx('geonames:298795');
    const all = selectVisibility(index, view({}));
    const named = selectVisibility(index, view({ hideDemonyms: true }));
    // "the nearby Turkish border" links Turkey by demonym only.
    expect(named.placeCount[turkey]).toBeLessThan(at([...all.placeCount], turkey));
    const turkishOnly = selectVisibility(
      index,
      view({ q: 'Turkish border', places: ['geonames:298795'] }),
    );
    expect(turkishOnly.placeDemonymOnly[turkey]).toBe(1);
  });

  it("lists a place's events in date order", () => {
    const v = selectVisibility(index, view({}));
    const syria = eventsOfPlace(index, v, placeIdx('geonames:163843'));
    const days = syria.map((i) => at(corpus.events, i).date?.start);
    expect(days).toEqual([...days].sort());
    expect(days[0]).toBe('2017-09-13');
  });

  it('filters 100,000 events as it filters their originals (timings: npm run bench)', () => {
    const many = Array.from({ length: 100_000 }, (_, k) =>
      at(corpus.events, k % corpus.events.length),
    );
    const big = buildCorpusIndex({
      ...corpus,
      events: many.map((e, k) => ({ ...e, id: `e${k}` })),
    });
    const filters = view({ from: '2017-01-01', to: '2017-12-31', q: 'syria', country: 'SY' });
    const small = new Set(selectVisibility(index, filters).visibleEvents);
    const expected = many.flatMap((_, k) => (small.has(k % corpus.events.length) ? [k] : []));
    expect(small.size).toBeGreaterThan(0);
    expect([...selectVisibility(big, filters).visibleEvents]).toEqual(expected);
  });
});

describe('selectVisibility with a date range', () => {
  // The pass visits only the stretch of the by-date order that can overlap the range, so it is
  // checked against the plain definition: the same filters without dates, then every event
  // whose date overlaps the range, in the same order; counts recounted from those events.
  const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const base = dayNumber('2014-01-01');
  const dateArb = fc.option(
    fc.record({ start: fc.integer({ min: 0, max: 2000 }), length: fc.nat({ max: 900 }) }),
    { freq: 4 },
  );
  it('keeps exactly the overlapping events of the undated filter', () => {
    fc.assert(
      fc.property(
        fc.array(dateArb, { minLength: corpus.events.length, maxLength: corpus.events.length }),
        fc.option(fc.integer({ min: -50, max: 2950 })),
        fc.option(fc.integer({ min: -50, max: 2950 })),
        fc.record({
          country: fc.constantFrom(null, 'SY', 'TR'),
          textDatedOnly: fc.boolean(),
          hideDemonyms: fc.boolean(),
          places: fc.subarray(corpus.places.map((p) => p.id)),
        }),
        (dates, from, to, rest) => {
          const events = corpus.events.map((e, k): Event => {
            const d = dates[k];
            if (!d) return { ...e, date: null };
            const start = isoOf(base + d.start);
            const end = isoOf(base + d.start + d.length);
            return { ...e, date: { start, end, precision: 'day', text: start } };
          });
          const idx = buildCorpusIndex({ ...corpus, events });
          const fromIso = from === null ? null : isoOf(base + from);
          const toIso = to === null ? null : isoOf(base + to);
          const dated = selectVisibility(idx, view({ ...rest, from: fromIso, to: toIso }));
          const undated = selectVisibility(idx, view(rest));
          const overlaps = (i: number) => {
            const date = at(events, i).date;
            if (fromIso === null && toIso === null) return true;
            return (
              date !== null &&
              (toIso === null || date.start <= toIso) &&
              (fromIso === null || date.end >= fromIso)
            );
          };
          const expected = [...undated.visibleEvents].filter(overlaps);
          expect([...dated.visibleEvents]).toEqual(expected);
          // each visible event's date position, in step
          expect([...dated.visibleRanks].map((k) => idx.eventsByDate[k])).toEqual(expected);
          expect([...dated.eventVisible].flatMap((v, i) => (v === 1 ? [i] : []))).toEqual(
            [...expected].sort((a, b) => a - b),
          );
          if (rest.country === null && !rest.hideDemonyms) {
            const counts = new Int32Array(corpus.places.length);
            for (const i of expected) {
              for (let l = idx.linkStart[i] as number; l < (idx.linkStart[i + 1] as number); l++) {
                const pi = idx.linkPlace[l] as number;
                if (pi >= 0) counts[pi] = (counts[pi] as number) + 1;
              }
            }
            expect([...dated.placeCount]).toEqual([...counts]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('selectVisibility with places selected', () => {
  // The pass visits only the selected places' events; checked against the plain definition:
  // the same filters without places, then the events with a counted link to one of them.
  it('keeps exactly the events that link a selected place', () => {
    fc.assert(
      fc.property(
        fc.subarray(
          corpus.places.map((p) => p.id),
          { minLength: 1 },
        ),
        fc.record({
          from: fc.constantFrom(null, '2017-01-01', '2019-03-01'),
          to: fc.constantFrom(null, '2018-12-31', '2019-06-30'),
          country: fc.constantFrom(null, 'SY', 'TR'),
          hideDemonyms: fc.boolean(),
          q: fc.constantFrom('', 'syria', 'the'),
        }),
        (places, rest) => {
          const picked = new Set(places.map(placeIdx));
          const withPlaces = selectVisibility(index, view({ ...rest, places }));
          const without = selectVisibility(index, view(rest));
          const linksPicked = (i: number) => {
            for (
              let l = index.linkStart[i] as number;
              l < (index.linkStart[i + 1] as number);
              l++
            ) {
              const counted = !rest.hideDemonyms || index.linkDemonymOnly[l] === 0;
              if (counted && picked.has(index.linkPlace[l] as number)) return true;
            }
            return false;
          };
          expect([...withPlaces.visibleEvents]).toEqual(
            [...without.visibleEvents].filter(linksPicked),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('searchPlaces', () => {
  it('finds a place by a transliteration', () => {
    expect(searchPlaces(index, 'Raqqah').map((pi) => at(corpus.places, pi).name)).toEqual([
      'Ar Raqqah',
    ]);
    expect(searchPlaces(index, 'raqq').map((pi) => at(corpus.places, pi).name)).toEqual([
      'Ar Raqqah',
    ]);
  });
  it('ranks exact names first and finds nothing for nothing', () => {
    expect(corpus.places[searchPlaces(index, 'syria')[0] ?? -1]?.name).toBe('Syria');
    expect(searchPlaces(index, '  ')).toEqual([]);
  });
});
