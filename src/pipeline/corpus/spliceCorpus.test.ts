/**
 * A spliced corpus file is the file a full assembly makes, byte for byte: checked on random
 * corpora (shared places, shared and look-alike dates, articles with nothing in them) with random
 * articles changed, added and taken out.
 */
import { describe, expect, it } from 'vitest';
import type { DateRange, Event } from '../../shared/corpus.ts';
import type { CorpusFile } from '../../shared/corpusFile.ts';
import type { GazetteerPlace, ResolvedMention } from '../geoparse/types.ts';
import { assembleCorpus, type ProcessedArticle } from './assembleCorpus.ts';
import { corpusText, packChecked } from './serializeCorpus.ts';
import { canSplice, spliceCorpus } from './spliceCorpus.ts';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const place = (id: string, countryCode: string | null, names: string[] = []): GazetteerPlace => ({
  gazetteerId: id,
  name: id.split(':')[1] ?? id,
  kind: 'city',
  countryCode,
  lat: 10,
  lon: 20,
  population: 1,
  alternateNames: names,
});
const PLACES = [
  place('geonames:1', 'SY', ['Halab', 'Halab']),
  place('geonames:2', 'SY'),
  place('geonames:3', 'TR', ['Ankara']),
  place('country:IQ', 'IQ'),
  place('region:levant', null),
  place('geonames:10', 'FR'),
  place('addition:baghuz', 'SY'),
];
const day = (start: string, end: string, text: string): DateRange => ({
  start,
  end,
  precision: start === end ? 'day' : 'range',
  text,
});
const DATES = [
  day('2015-05-03', '2015-05-03', '3 May 2015'),
  day('2015-05-01', '2015-05-31', 'in May'),
  day('2016-05-01', '2016-05-31', 'in May'),
  day('2017-01-01', '2017-12-31', 'published 2017'),
  day('2019-09-25', '2019-09-25', 'on Wednesday'),
];

function article(id: string, rand: () => number): ProcessedArticle {
  const words = ['Aleppo', 'convoy', 'reached', 'the', 'border', 'Iraq', 'Levant', 'today'];
  const text = Array.from(
    { length: 20 + Math.floor(rand() * 40) },
    () => words[Math.floor(rand() * words.length)],
  ).join(' ');
  const span = () => {
    const start = Math.floor(rand() * (text.length - 5));
    const end = start + 1 + Math.floor(rand() * 4);
    return { start, end, text: text.slice(start, end) };
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const mentions: ResolvedMention[] = Array.from({ length: Math.floor(rand() * 6) }, () => ({
    ...span(),
    place: pick(PLACES),
    form: rand() < 0.8 ? 'name' : 'demonym',
  }));
  const unresolved = Array.from({ length: Math.floor(rand() * 3) }, () => ({
    ...span(),
    reason: 'not in the gazetteer',
  }));
  const starts = [...new Set(Array.from({ length: Math.floor(rand() * 5) }, () => span().start))];
  const events: Event[] = starts.map((start) => {
    const end = start + 1 + Math.floor(rand() * 3);
    const placeIds = [
      ...new Set(mentions.filter(() => rand() < 0.5).map((m) => m.place.gazetteerId)),
    ];
    const date = rand() < 0.8 ? pick(DATES) : null;
    return {
      id: `${id}:${start}`,
      articleId: id,
      start,
      end,
      text: text.slice(start, end),
      placeIds,
      date: date && { ...date },
      dateBasis: date ? pick(['text', 'published'] as const) : null,
      future: rand() < 0.1,
    };
  });
  return {
    article: { id, file: `${id}.txt`, title: id, source: null, url: null, published: null, text },
    geoparse: { mentions, unresolved },
    events,
  };
}

const build = (processed: readonly ProcessedArticle[]): CorpusFile =>
  packChecked(assembleCorpus(processed));

describe('spliceCorpus', () => {
  it('writes what a full assembly writes, whatever changes, comes or goes', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = random(seed);
      const ids = Array.from({ length: 2 + Math.floor(rand() * 12) }, (_, i) => `a${i}`);
      const before = ids.map((id) => article(id, rand));
      // Each article is kept, changed, taken out, or (for new ids) added.
      const after: ProcessedArticle[] = [];
      const redone: ProcessedArticle[] = [];
      const drop = new Set<string>();
      for (const p of before) {
        const r = rand();
        if (r < 0.6) after.push(p);
        else if (r < 0.85) {
          const changed = article(p.article.id, rand);
          after.push(changed);
          redone.push(changed);
          drop.add(p.article.id);
        } else drop.add(p.article.id);
      }
      for (let n = Math.floor(rand() * 3); n > 0; n--) {
        const added = article(`b${n}${Math.floor(rand() * 10)}`, rand);
        if (after.some((p) => p.article.id === added.article.id)) continue;
        after.push(added);
        redone.push(added);
      }
      if (after.length === 0) continue;
      expect(canSplice(redone)).toBe(true);
      const spliced = spliceCorpus(build(before), drop, build(redone));
      expect(spliced, `seed ${seed}`).not.toBeNull();
      expect(corpusText(spliced as CorpusFile), `seed ${seed}`).toBe(corpusText(build(after)));
    }
  });

  it('refuses files that disagree on a place, and an article in both', () => {
    const rand = random(7);
    const a = article('a', rand);
    const b = article('b', rand);
    a.geoparse.mentions = [{ place: PLACES[0] as GazetteerPlace, form: 'name', ...span(a, 0, 3) }];
    b.geoparse.mentions = [
      { place: { ...(PLACES[0] as GazetteerPlace), lat: 11 }, form: 'name', ...span(b, 0, 3) },
    ];
    a.events = [];
    b.events = [];
    expect(canSplice([a, b])).toBe(false);
    expect(spliceCorpus(build([a]), new Set(), build([b]))).toBeNull();
    expect(spliceCorpus(build([a]), new Set(), build([a]))).toBeNull();
  });

  it('refuses an event filed under another article', () => {
    const rand = random(8);
    const a = article('a', rand);
    a.events = [{ ...(article('b', rand).events[0] as Event) }];
    expect(canSplice([a])).toBe(a.events.length === 0);
  });
});

function span(p: ProcessedArticle, start: number, end: number) {
  return { start, end, text: p.article.text.slice(start, end) };
}
