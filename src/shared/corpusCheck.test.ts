import { describe, expect, it } from 'vitest';
import { DateBasis, DatePrecision, MentionForm, PlaceKind } from './corpus.ts';
import { CorpusFile } from './corpusFile.ts';
import {
  DATE_BASES,
  DATE_PRECISIONS,
  MENTION_FORMS,
  PLACE_KINDS,
  entry,
  isValidCorpusFile,
} from './corpusCheck.ts';

const text = 'In Aleppo, Syrian forces met on 3 May 2015. Later, Homs.';
const span = (articleId: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return { articleId, start, end: start + part.length, text: part };
};
const day = (start: string, end = start) => ({ start, end, precision: 'day', text: start });

/** A small corpus file that uses every kind of record and every nullable field both ways. */
const valid = {
  schemaVersion: 2,
  articles: [
    { id: 'a1', file: 'a1.txt', title: 'One', source: null, url: null, published: null, text },
    {
      id: 'a2',
      file: 'a2.txt',
      title: '',
      source: 'Wire',
      url: 'https://example.org/a2',
      published: day('2015-05-04'),
      text,
    },
  ],
  places: [
    {
      id: 'p:aleppo',
      name: 'Aleppo',
      kind: 'city',
      countryCode: 'SY',
      lat: 36.2,
      lon: 37.15,
      gazetteerId: 'g1',
      alternateNames: ['Halab'],
    },
    {
      id: 'p:syria',
      name: 'Syria',
      kind: 'country',
      countryCode: null,
      lat: -90,
      lon: 180,
      gazetteerId: 'g2',
      alternateNames: [],
    },
  ],
  countries: [
    { code: 'SY', name: 'Syria', isoNumeric: '760' },
    { code: 'XK', name: 'Kosovo', isoNumeric: null },
  ],
  unresolved: [{ ...span('a2', 'Homs'), reason: 'ambiguous' }],
  dates: [{ start: '2015-05-03', end: '2015-05-03', precision: 'day', text: '3 May 2015' }],
  // Aleppo and Syrian in a1, Syrian in a2
  mentions: {
    article: [0, 0, 1],
    start: [3, 11, 11],
    end: [9, 17, 17],
    place: [0, 1, 1],
    form: ['name', 'demonym', 'demonym'],
  },
  events: {
    article: [0, 1],
    start: [0, 44],
    end: [43, 56],
    places: [[0, 1], []],
    date: [0, null],
    dateBasis: ['text', null],
    future: [false, true],
  },
};

type Json = unknown;
const clone = <T>(v: T): T => structuredClone(v);

/** Every path to an object field or array element in `v`. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== 'object' || v === null) return [];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [
    [...at, k],
    ...paths((v as Record<string | number, Json>)[k], [...at, k]),
  ]);
}

function mutate(path: (string | number)[], value: Json | typeof REMOVE): Json {
  const copy = clone(valid) as Record<string | number, Json>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === REMOVE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else Reflect.deleteProperty(parent, last);
  } else parent[last] = value;
  return copy;
}

const REMOVE = Symbol('remove');
const REPLACEMENTS: (Json | typeof REMOVE)[] = [
  REMOVE,
  null,
  '',
  'x',
  'p:aleppo',
  'a2',
  'SY',
  'sy',
  'day',
  'demonym',
  'city',
  'published',
  '2015-05-03',
  '2015-5-3',
  '3000-01-01',
  0,
  1,
  -1,
  1.5,
  7,
  90.5,
  -180.5,
  2 ** 53,
  true,
  false,
  [],
  ['x'],
  {},
];

describe('isValidCorpusFile', () => {
  it('accepts the valid corpus, as the schema does', () => {
    expect(CorpusFile.safeParse(valid).success).toBe(true);
    expect(isValidCorpusFile(clone(valid))).toBe(true);
  });

  it('agrees with the schema on every field of every record replaced or removed', () => {
    const disagreements: string[] = [];
    let rejected = 0;
    for (const path of paths(valid)) {
      for (const value of REPLACEMENTS) {
        const candidate = mutate(path, value);
        const zod = CorpusFile.safeParse(candidate).success;
        if (!zod) rejected++;
        if (isValidCorpusFile(candidate) !== zod) {
          disagreements.push(`${path.join('.')} = ${String(value)}: schema says ${zod}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    // the mutations do exercise the rules (most of them break the corpus)
    expect(rejected).toBeGreaterThan(1000);
  });

  it('rejects what is not a corpus of this version', () => {
    for (const v of [null, [], 'corpus', { ...clone(valid), schemaVersion: 1 }]) {
      expect(isValidCorpusFile(v)).toBe(false);
    }
  });

  it('rejects what the model cannot be rebuilt from, as the schema does', () => {
    type File = typeof valid;
    const broken: [string, (f: File) => void][] = [
      ['events out of order', (f) => f.events.article.reverse()],
      ['two events at one span', (f) => ((f.events.article[1] = 0), (f.events.start[1] = 0))],
      ['a duplicate article id', (f) => (entry(f.articles, 1).id = 'a1')],
      ['a duplicate place id', (f) => (entry(f.places, 1).id = 'p:aleppo')],
      ['a place never mentioned', (f) => (f.mentions.place[0] = 1)],
      ['a column too short', (f) => f.mentions.form.pop()],
      ['a span past its article', (f) => (f.events.end[1] = text.length + 1)],
      ['an event place out of range', (f) => entry(f.events.places, 1).push(2)],
      ['an event date out of range', (f) => (f.events.date[1] = 1)],
    ];
    for (const [what, breakIt] of broken) {
      const candidate = clone(valid);
      breakIt(candidate);
      expect([what, CorpusFile.safeParse(candidate).success]).toEqual([what, false]);
      expect([what, isValidCorpusFile(candidate)]).toEqual([what, false]);
    }
  });

  it('restates the schema enums exactly', () => {
    expect([...DATE_PRECISIONS]).toEqual(DatePrecision.options);
    expect([...MENTION_FORMS]).toEqual(MentionForm.options);
    expect([...PLACE_KINDS]).toEqual(PlaceKind.options);
    expect([...DATE_BASES]).toEqual(DateBasis.options);
  });
});
