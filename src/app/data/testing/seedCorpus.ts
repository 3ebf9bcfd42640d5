/**
 * A small corpus over two real seed articles, for the app's unit tests: places found by their
 * spelling in the text, events = the sentences that mention them, packed and parsed as the app
 * loads a corpus file.
 */
import { SCHEMA_VERSION, type Corpus, type Event, type Place } from '../../../shared/corpus.ts';
import { parseCorpus } from '../../../shared/corpusFile.ts';
import { packCorpus } from '../../../shared/packCorpus.ts';
import seed001 from '../../../../seeds/001_ab7bfd301e687de4.txt?raw';
import seed004 from '../../../../seeds/004_26d6ba7b0bba6fab.txt?raw';
import { at } from '../corpusIndex.ts';

// A small corpus over two real seed articles: places found by their spelling in the text,
// events = the sentences that mention them.
export const ids = ['001_ab7bfd301e687de4', '004_26d6ba7b0bba6fab'];
// Vite's ?raw import reads the seed files as text in both vitest and the type checker.
const texts = [seed001, seed004];

function placeOf(
  id: string,
  name: string,
  kind: Place['kind'],
  countryCode: string,
  forms: [string, 'name' | 'demonym'][],
  alternateNames: string[] = [],
): Place {
  const mentions: Place['mentions'] = [];
  texts.forEach((text, a) => {
    for (const [form, kindOfForm] of forms) {
      for (const m of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
        mentions.push({
          articleId: at(ids, a),
          start: m.index,
          end: m.index + form.length,
          text: form,
          form: kindOfForm,
        });
      }
    }
  });
  return {
    id,
    name,
    kind,
    countryCode,
    lat: 35,
    lon: 38,
    gazetteerId: id,
    alternateNames,
    mentions,
  };
}

const places = [
  placeOf('geonames:163843', 'Syria', 'country', 'SY', [
    ['Syria', 'name'],
    ['Syrian', 'demonym'],
  ]),
  placeOf('geonames:298795', 'Turkey', 'country', 'TR', [
    ['Turkey', 'name'],
    ['Turkish', 'demonym'],
  ]),
  placeOf(
    'geonames:169389',
    'Ar Raqqah',
    'city',
    'SY',
    [
      ['Raqqa', 'name'],
      ['Raqqah', 'name'],
    ],
    ['Raqqa', 'Raqqah'],
  ),
  placeOf('geonames:169304', 'Idlib', 'admin1', 'SY', [['Idlib', 'name']]),
];

function sentenceEvents(): Event[] {
  const events: Event[] = [];
  texts.forEach((text, a) => {
    for (const m of text.matchAll(/[^.\n]+\.?/g)) {
      const start = m.index;
      const end = start + m[0].length;
      const placeIds = places
        .filter((p) =>
          p.mentions.some((x) => x.articleId === ids[a] && x.start >= start && x.end <= end),
        )
        .map((p) => p.id);
      if (placeIds.length === 0) continue;
      const day = a === 0 ? '2019-02-20' : '2017-09-13';
      events.push({
        id: `${ids[a]}:${start}`,
        articleId: at(ids, a),
        start,
        end,
        text: m[0],
        placeIds,
        date: { start: day, end: day, precision: 'day', text: day },
        dateBasis: /\bin (July|late August)\b/.test(m[0]) ? 'text' : 'published',
        future: false,
      });
    }
  });
  return events;
}

// Packed and parsed as the app loads a corpus file, so the fixture is a valid one.
const parsed = parseCorpus(
  packCorpus({
    schemaVersion: SCHEMA_VERSION,
    articles: ids.map((id, a) => ({
      id,
      file: `${id}.txt`,
      title: id,
      source: null,
      url: null,
      published: null,
      text: texts[a] ?? '',
    })),
    places,
    unresolved: [],
    events: sentenceEvents(),
    countries: [
      { code: 'SY', name: 'Syria', isoNumeric: '760' },
      { code: 'TR', name: 'Turkey', isoNumeric: '792' },
    ],
  }),
);
if (!parsed.ok) throw new Error(parsed.error);
export const corpus: Corpus = parsed.corpus;
