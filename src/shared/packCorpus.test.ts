/// <reference types="vite/client" />
// (vite/client: the seed is read with Vite's ?raw import, in both type-check configs)
import { describe, expect, it } from 'vitest';
import seed004 from '../../seeds/004_26d6ba7b0bba6fab.txt?raw';
import { SCHEMA_VERSION, type Corpus, type Event, type Place } from './corpus.ts';
import { entry, isValidCorpusFile } from './corpusCheck.ts';
import { CorpusFile } from './corpusFile.ts';
import { packCorpus, unpackCorpus } from './packCorpus.ts';

// A model corpus over a real seed: every mention of Syria, Iraq and Turkey, and the sentences that
// hold them as events, as the pipeline assembles them (articles by id, spans in order).
const other = 'Refugees crossed into Turkey on 3 May 2015.';
const articles = [
  { id: 'a', file: 'a.txt', title: 'A', source: null, url: null, published: null, text: seed004 },
  {
    id: 'b',
    file: 'b.txt',
    title: 'B',
    source: 'Wire',
    url: 'https://example.org/b',
    published: { start: '2015-05-04', end: '2015-05-04', precision: 'day' as const, text: 'x' },
    text: other,
  },
];
const spansOf = (text: string, word: string) =>
  [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => m.index);

function place(name: string, code: string): Place {
  return {
    id: `country:${code}`,
    name,
    kind: 'country',
    countryCode: code,
    lat: 35,
    lon: 38,
    gazetteerId: `country:${code}`,
    alternateNames: [`${name}ia`],
    mentions: articles.flatMap((a) =>
      spansOf(a.text, name).map((start) => ({
        articleId: a.id,
        start,
        end: start + name.length,
        text: name,
        form: 'name' as const,
      })),
    ),
  };
}
const places = [place('Iraq', 'IQ'), place('Syria', 'SY'), place('Turkey', 'TR')];

function sentenceEvents(): Event[] {
  const events: Event[] = [];
  for (const a of articles) {
    for (const m of a.text.matchAll(/[^.\n]+\./g)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const text = m[0].trim();
      const placeIds = places.filter((p) => text.includes(p.name)).map((p) => p.id);
      if (placeIds.length === 0) continue;
      events.push({
        id: `${a.id}:${start}`,
        articleId: a.id,
        start,
        end: start + text.length,
        text,
        placeIds,
        date: a.published,
        dateBasis: a.published ? 'published' : null,
        future: false,
      });
    }
  }
  return events;
}

const model: Corpus = {
  schemaVersion: SCHEMA_VERSION,
  articles,
  places,
  unresolved: [{ articleId: 'b', start: 0, end: 8, text: 'Refugees', reason: 'not a place' }],
  events: sentenceEvents(),
  countries: [{ code: 'SY', name: 'Syria', isoNumeric: '760' }],
};

describe('packCorpus and unpackCorpus', () => {
  it('the fixture uses what it should: many mentions and events over two articles', () => {
    expect(places.every((p) => p.mentions.length > 0)).toBe(true);
    expect(model.events.length).toBeGreaterThan(5);
    expect(new Set(model.events.map((e) => e.articleId))).toEqual(new Set(['a', 'b']));
  });

  it('round-trips the model exactly, through a file both checks accept', () => {
    const file = packCorpus(model);
    expect(CorpusFile.safeParse(file).success).toBe(true);
    expect(isValidCorpusFile(file)).toBe(true);
    expect(unpackCorpus(JSON.parse(JSON.stringify(file)) as CorpusFile)).toEqual(model);
  });

  it('keeps each fact once: no sentence, mention text or event id in the file', () => {
    const json = JSON.stringify(packCorpus(model));
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    for (const e of model.events) {
      // only where the articles' own texts hold it
      const inTexts = count(
        JSON.stringify(articles.map((a) => a.text)),
        JSON.stringify(e.text).slice(1, -1),
      );
      expect(count(json, JSON.stringify(e.text).slice(1, -1))).toBe(inTexts);
    }
    expect(json).not.toContain('"id":"a:');
    expect(packCorpus(model).mentions.article.length).toBe(
      places.reduce((n, p) => n + p.mentions.length, 0),
    );
  });

  it('writes fields in the schema order, however the records were built', () => {
    const shuffled = structuredClone(model);
    const { text, ...rest } = entry(articles, 1);
    shuffled.articles[1] = { text, ...rest };
    const keys = Object.keys(entry(packCorpus(shuffled).articles, 1));
    expect(keys).toEqual(['id', 'file', 'title', 'source', 'url', 'published', 'text']);
  });

  it('refuses a model whose texts or ids are not its spans', () => {
    const badText = structuredClone(model);
    entry(badText.events, 0).text = 'Something else.';
    expect(() => packCorpus(badText)).toThrow(/does not hold/);
    const badId = structuredClone(model);
    entry(badId.events, 0).id = 'e1';
    expect(() => packCorpus(badId)).toThrow(/event id "e1"/);
    const unknown = structuredClone(model);
    entry(unknown.events, 0).placeIds = ['country:FR'];
    expect(() => packCorpus(unknown)).toThrow(/unknown place "country:FR"/);
  });
});
