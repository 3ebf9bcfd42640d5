import { describe, expect, it } from 'vitest';
import type { Article, Event } from '../../shared/corpus.ts';
import { parseCorpus } from '../../shared/corpusFile.ts';
import type { GazetteerPlace, ResolvedMention } from '../geoparse/types.ts';
import { assembleCorpus, type ProcessedArticle } from './assembleCorpus.ts';
import { serializeCorpus } from './serializeCorpus.ts';

const syria: GazetteerPlace = {
  gazetteerId: 'country:SY',
  name: 'Syria',
  kind: 'country',
  countryCode: 'SY',
  lat: 35,
  lon: 38,
  population: 22_000_000,
  alternateNames: ['Syrian Arab Republic', 'Suriyah', 'Syrian Arab Republic'],
};
const turkey: GazetteerPlace = {
  gazetteerId: 'country:TR',
  name: 'Turkey',
  kind: 'country',
  countryCode: 'TR',
  lat: 39,
  lon: 35,
  population: 80_000_000,
  alternateNames: ['Türkiye'],
};
const middleEast: GazetteerPlace = {
  gazetteerId: 'region:middle-east',
  name: 'Middle East',
  kind: 'region',
  countryCode: null,
  lat: 29,
  lon: 41,
  population: 0,
  alternateNames: [],
};

const article = (id: string, text: string): Article => ({
  id,
  file: `${id}.txt`,
  title: text.split('\n')[0] ?? id,
  source: null,
  url: null,
  published: null,
  text,
});

/** Every occurrence of `name` in the text as a mention of `place`. */
function mentionsOf(text: string, name: string, place: GazetteerPlace): ResolvedMention[] {
  const found: ResolvedMention[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    found.push({ place, start: at, end: at + name.length, text: name, form: 'name' });
  }
  return found;
}

const textA =
  'Fighters flee Syria for Turkey\n\nThey left Syria in August and crossed into Turkey.';
const textB = 'Defectors gather in Syria\n\nMany hope to reach the Middle East or Raqqa.';

function processedArticles(): ProcessedArticle[] {
  const eventB: Event = {
    id: `b:${textB.indexOf('Many')}`,
    articleId: 'b',
    start: textB.indexOf('Many'),
    end: textB.length,
    text: textB.slice(textB.indexOf('Many')),
    placeIds: ['region:middle-east'],
    date: null,
    dateBasis: null,
    future: true,
  };
  return [
    {
      article: article('b', textB),
      geoparse: {
        mentions: [
          ...mentionsOf(textB, 'Middle East', middleEast),
          ...mentionsOf(textB, 'Syria', syria),
        ],
        unresolved: [
          {
            start: textB.indexOf('Raqqa'),
            end: textB.indexOf('Raqqa') + 5,
            text: 'Raqqa',
            reason: 'ambiguous',
          },
        ],
      },
      events: [eventB],
    },
    {
      article: article('a', textA),
      // Deliberately out of text order: the corpus must sort them.
      geoparse: {
        mentions: [...mentionsOf(textA, 'Turkey', turkey), ...mentionsOf(textA, 'Syria', syria)],
        unresolved: [],
      },
      events: [],
    },
  ];
}

describe('assembleCorpus', () => {
  const corpus = assembleCorpus(processedArticles());

  it('sorts articles by id', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('groups mentions by gazetteer id into one place per entry, sorted by id', () => {
    expect(corpus.places.map((p) => p.id)).toEqual([
      'country:SY',
      'country:TR',
      'region:middle-east',
    ]);
    const sy = corpus.places[0];
    expect(sy?.gazetteerId).toBe('country:SY');
    expect(sy?.mentions.map((m) => [m.articleId, m.start])).toEqual([
      ['a', textA.indexOf('Syria')],
      ['a', textA.indexOf('Syria', textA.indexOf('Syria') + 1)],
      ['b', textB.indexOf('Syria')],
    ]);
    expect(sy?.alternateNames).toEqual(['Syrian Arab Republic', 'Suriyah']);
  });

  it('keeps unresolved names and events with their article ids', () => {
    expect(corpus.unresolved).toEqual([
      {
        articleId: 'b',
        start: textB.indexOf('Raqqa'),
        end: textB.indexOf('Raqqa') + 5,
        text: 'Raqqa',
        reason: 'ambiguous',
      },
    ]);
    expect(corpus.events.map((e) => e.id)).toEqual([`b:${textB.indexOf('Many')}`]);
  });

  it('lists the countries of the places, with plain English names and ISO numeric codes', () => {
    expect(corpus.countries).toEqual([
      { code: 'SY', name: 'Syria', isoNumeric: '760' },
      { code: 'TR', name: 'Turkey', isoNumeric: '792' },
    ]);
  });

  it('produces a corpus the app accepts', () => {
    expect(parseCorpus(JSON.parse(serializeCorpus(corpus)))).toMatchObject({ ok: true });
  });

  it('gives identical bytes whatever order the inputs come in', () => {
    const again = assembleCorpus([...processedArticles()].reverse());
    expect(serializeCorpus(again)).toBe(serializeCorpus(corpus));
    expect(serializeCorpus(corpus).endsWith('}\n')).toBe(true);
  });

  it('refuses to write, naming the problem, when a stage hands over a span that is not in the text', () => {
    const broken = processedArticles();
    const first = broken[0];
    if (!first) throw new Error('fixture missing');
    first.geoparse.mentions.push({ place: syria, start: 0, end: 5, text: 'Syria', form: 'name' });
    expect(() => serializeCorpus(assembleCorpus(broken))).toThrow(
      /a pipeline bug.*does not hold "Syria" in article "b"/,
    );
  });

  it('refuses to write when an event names a place that no mention produced', () => {
    const broken = processedArticles();
    const first = broken[0]?.events[0];
    if (!first) throw new Error('fixture missing');
    first.placeIds = ['geonames:1'];
    expect(() => serializeCorpus(assembleCorpus(broken))).toThrow(/unknown place "geonames:1"/);
  });
});
