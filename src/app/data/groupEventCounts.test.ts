import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Corpus, type Place } from '../../shared/corpus.ts';
import { DEFAULT_VIEW_STATE } from '../../shared/urlState.ts';
import { buildCorpusIndex } from './corpusIndex.ts';
import { groupEventCounts } from './groupEventCounts.ts';
import { filtersOf, selectVisibility, type Visibility } from './selectors.ts';

const text = 'Aleppo and Raqqa. Raqqa alone. Homs and Aleppo. Nowhere.';
const sentences = text.split(/(?<=\.) /);

function place(id: string, name: string): Place {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    mentions.push({
      articleId: 'a',
      start: at,
      end: at + name.length,
      text: name,
      form: 'name' as const,
    });
  }
  return {
    id,
    name,
    kind: 'city',
    countryCode: null,
    lat: 35,
    lon: 38,
    gazetteerId: id,
    alternateNames: [],
    mentions,
  };
}

const corpus: Corpus = {
  schemaVersion: SCHEMA_VERSION,
  articles: [
    { id: 'a', file: 'a.txt', title: 't', source: null, url: null, published: null, text },
  ],
  places: [place('p:aleppo', 'Aleppo'), place('p:raqqa', 'Raqqa'), place('p:homs', 'Homs')],
  unresolved: [],
  events: sentences.map((sentence, i) => {
    const start = text.indexOf(sentence);
    return {
      id: `e${i}`,
      articleId: 'a',
      start,
      end: start + sentence.length,
      text: sentence,
      placeIds: ['Aleppo', 'Raqqa', 'Homs'].flatMap((n) =>
        sentence.includes(n) ? [`p:${n.toLowerCase()}`] : [],
      ),
      date: { start: `2017-0${i + 1}-01`, end: `2017-0${i + 1}-01`, precision: 'day', text: 'x' },
      dateBasis: 'text',
      future: false,
    };
  }),
  countries: [],
};
const index = buildCorpusIndex(corpus);

/** The plain definition: the visible events that link any of the places, each counted once. */
function countDistinctEvents(visibility: Visibility, placeIds: readonly string[]): number {
  const events = new Set<number>();
  for (const id of placeIds) {
    const pi = index.placeIndex.get(id);
    for (const e of pi === undefined ? [] : (index.placeEvents[pi] ?? [])) {
      if (visibility.eventVisible[e] === 1) events.add(e);
    }
  }
  return events.size;
}

describe('groupEventCounts', () => {
  const groups = [['p:aleppo', 'p:raqqa'], ['p:homs'], ['unknown']];
  // The map passes place indexes; an unknown place is -1 here, and counts for nothing.
  const byIndex = groups.map((ids) => ids.map((id) => index.placeIndex.get(id) ?? -1));

  it('counts an event naming two places of a group once, as the plain definition does', () => {
    const all = selectVisibility(index, filtersOf(DEFAULT_VIEW_STATE));
    expect(groupEventCounts(index, all, byIndex)).toEqual([3, 1, 0]);
    expect(groupEventCounts(index, all, byIndex)).toEqual(
      groups.map((ids) => countDistinctEvents(all, ids)),
    );
  });

  it('counts only visible events', () => {
    const some = selectVisibility(
      index,
      filtersOf({ ...DEFAULT_VIEW_STATE, from: '2017-02-01', to: '2017-02-28' }),
    );
    expect(groupEventCounts(index, some, byIndex)).toEqual([1, 0, 0]);
    expect(groupEventCounts(index, some, byIndex)).toEqual(
      groups.map((ids) => countDistinctEvents(some, ids)),
    );
  });
});
