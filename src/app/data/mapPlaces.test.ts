import { describe, expect, it } from 'vitest';
import seed002 from '../../../seeds/002_478985300681bf0c.txt?raw';
import { SCHEMA_VERSION, type Place } from '../../shared/corpus.ts';
import { parseCorpus } from '../../shared/corpusFile.ts';
import { packCorpus } from '../../shared/packCorpus.ts';
import { DEFAULT_VIEW_STATE } from '../../shared/urlState.ts';
import { buildCorpusIndex } from './corpusIndex.ts';
import { groupEventCounts } from './groupEventCounts.ts';
import { selectMapPlaces } from './mapPlaces.ts';
import { filtersOf, selectVisibility } from './selectors.ts';

// Seed 002: one sentence names both Syria and Turkey; a cluster holding both counts it once.
const articleId = '002';
const sentenceStart = seed002.indexOf('Hundreds of former Islamic State (IS) fighters are fleeing');
const sentenceEnd = seed002.indexOf('southern Turkey.', sentenceStart) + 'southern Turkey.'.length;
const sentence = seed002.slice(sentenceStart, sentenceEnd);

function place(id: string, name: string, code: string): Place {
  const at = seed002.indexOf(name, sentenceStart);
  return {
    id,
    name,
    kind: 'country',
    countryCode: code,
    lat: 35,
    lon: 38,
    gazetteerId: id,
    alternateNames: [],
    mentions: [{ articleId, start: at, end: at + name.length, text: name, form: 'name' }],
  };
}

// Packed and parsed as the app loads a corpus file, so the fixture is a valid one.
const parsed = parseCorpus(
  packCorpus({
    schemaVersion: SCHEMA_VERSION,
    articles: [
      {
        id: articleId,
        file: '002.txt',
        title: 't',
        source: null,
        url: null,
        published: null,
        text: seed002,
      },
    ],
    places: [place('country:SY', 'Syria', 'SY'), place('country:TR', 'Turkey', 'TR')],
    unresolved: [],
    events: [
      {
        id: `${articleId}:${sentenceStart}`,
        articleId,
        start: sentenceStart,
        end: sentenceEnd,
        text: sentence,
        placeIds: ['country:SY', 'country:TR'],
        date: null,
        dateBasis: null,
        future: false,
      },
    ],
    countries: [
      { code: 'SY', name: 'Syria', isoNumeric: '760' },
      { code: 'TR', name: 'Turkey', isoNumeric: '792' },
    ],
  }),
);
if (!parsed.ok) throw new Error(parsed.error);
const index = buildCorpusIndex(parsed.corpus);
const visibility = selectVisibility(index, filtersOf(DEFAULT_VIEW_STATE));

describe('map places', () => {
  it('counts each place by its visible events', () => {
    expect(selectMapPlaces(index, visibility).map((p) => [p.name, p.count, p.countryName])).toEqual(
      [
        ['Syria', 1, 'Syria'],
        ['Turkey', 1, 'Turkey'],
      ],
    );
  });

  it('counts an event once in a cluster of the places it names', () => {
    const group = (...ids: string[]) => [ids.map((id) => index.placeIndex.get(id) ?? -1)];
    expect(groupEventCounts(index, visibility, group('country:SY', 'country:TR'))).toEqual([1]);
    expect(groupEventCounts(index, visibility, group('country:SY', 'unknown'))).toEqual([1]);
    const none = selectVisibility(index, filtersOf({ ...DEFAULT_VIEW_STATE, q: 'no such words' }));
    expect(groupEventCounts(index, none, group('country:SY', 'country:TR'))).toEqual([0]);
  });

  it('keeps the object of a place whose count did not change, and makes a new one when it did', () => {
    const first = selectMapPlaces(index, visibility);
    const again = selectMapPlaces(index, selectVisibility(index, filtersOf(DEFAULT_VIEW_STATE)));
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    const changed = selectMapPlaces(index, {
      ...visibility,
      placeCount: Int32Array.of(5, 1),
      placeDemonymOnly: Uint8Array.of(0, 1),
    });
    expect(changed.map((p) => [p.name, p.count, p.demonymOnly])).toEqual([
      ['Syria', 5, false],
      ['Turkey', 1, true],
    ]);
    expect(changed[0]).not.toBe(first[0]);
    expect(changed[1]).not.toBe(first[1]);
    // The earlier result is left as it was.
    expect(first.map((p) => p.count)).toEqual([1, 1]);
  });
});
