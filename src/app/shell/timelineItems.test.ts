import { describe, expect, it } from 'vitest';
import seed002 from '../../../seeds/002_478985300681bf0c.txt?raw';
import { SCHEMA_VERSION, type Event } from '../../shared/corpus.ts';
import { parseCorpus } from '../../shared/corpusFile.ts';
import { packCorpus } from '../../shared/packCorpus.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../shared/urlState.ts';
import { buildCorpusIndex } from '../data/corpusIndex.ts';
import { filtersOf, selectVisibility } from '../data/selectors.ts';
import { selectVisibleItems, timelineItemsOf } from './timelineItems.ts';

// Seed 002's first sentences as events, in corpus order: dated out of date order, one undated,
// one in the future.
const articleId = '002';
const sentences = [...seed002.matchAll(/[^.\n]+\./g)].slice(0, 6);
const dates: [string, string, boolean][] = [
  ['2017-09-13', '2017-09-13', false],
  ['2016-01-01', '2016-12-31', false],
  ['', '', false],
  ['2017-09-01', '2017-09-30', false],
  ['2030-01-01', '2030-12-31', true],
  ['2014-07-03', '2014-07-03', false],
];
const events: Event[] = sentences.map((m, i) => {
  const [start, end, future] = dates[i] ?? ['', '', false];
  return {
    id: `${articleId}:${m.index}`,
    articleId,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    placeIds: [],
    date: start ? { start, end, precision: start === end ? 'day' : 'range', text: start } : null,
    dateBasis: start ? (i === 3 ? 'published' : 'text') : null,
    future,
  };
});
const parsed = parseCorpus(
  packCorpus({
    schemaVersion: SCHEMA_VERSION,
    articles: [
      { id: articleId, file: '002.txt', title: 't', source: null, url: null, published: null },
    ].map((a) => ({ ...a, text: seed002 })),
    places: [],
    unresolved: [],
    events,
    countries: [],
  }),
);
if (!parsed.ok) throw new Error(parsed.error);
const index = buildCorpusIndex(parsed.corpus);
const visibleWith = (patch: Partial<ViewState>) =>
  selectVisibility(index, filtersOf({ ...DEFAULT_VIEW_STATE, ...patch }));

/** Per event (in corpus order), its item, read through its date position. */
const itemOfEachEvent = () =>
  Array.from(index.eventDateRank, (k) => timelineItemsOf(index).itemOfRank[k] as number);

describe('the timeline items', () => {
  it('are the past, dated events in date order, made once per corpus', () => {
    const { items } = timelineItemsOf(index);
    expect(items.map((item) => item.start)).toEqual([
      '2014-07-03',
      '2016-01-01',
      '2017-09-01',
      '2017-09-13',
    ]);
    expect(itemOfEachEvent()).toEqual([3, 1, -1, 2, -1, 0]);
    expect(items[2]).toMatchObject({ basis: 'published', end: '2017-09-30' });
    expect(timelineItemsOf(index)).toBe(timelineItemsOf(index));
  });

  it('that pass the filters are their visible events, ascending', () => {
    const { items } = timelineItemsOf(index);
    const itemOfEvent = itemOfEachEvent();
    for (const patch of [{}, { from: '2017-01-01' }, { to: '2016-06-01' }, { q: 'zzz' }]) {
      const visibility = visibleWith(patch);
      const expected = items
        .map((_, i) => i)
        .filter((i) => visibility.eventVisible[itemOfEvent.indexOf(i)] === 1);
      const visible = selectVisibleItems(index, visibility);
      expect(visible === null ? items.map((_, i) => i) : [...visible]).toEqual(expected);
    }
    expect(selectVisibleItems(index, visibleWith({}))).toBeNull();
    expect([...(selectVisibleItems(index, visibleWith({ from: '2017-01-01' })) ?? [])]).toEqual([
      2, 3,
    ]);
  });
});
