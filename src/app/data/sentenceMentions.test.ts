import { describe, expect, it } from 'vitest';
import seed002 from '../../../seeds/002_478985300681bf0c.txt?raw';
import {
  firstMentionFrom,
  mentionsByArticle,
  mentionsOfArticle,
  onlyDemonymsInSpan,
} from './sentenceMentions.ts';

// "...have gathered in Syria’s Idlib Province, with many planning to cross the Turkish border..."
const start = seed002.indexOf('The several dozen IS defectors');
const end = seed002.indexOf('the Guardian reported.', start);
const find = (word: string, from = start) => seed002.indexOf(word, from);
const mention = (word: string, from: number, form: 'name' | 'demonym', articleId = 'a002') => ({
  articleId,
  start: find(word, from),
  end: find(word, from) + word.length,
  form,
});

// Places in corpus order, their mentions in no particular order (as the corpus lists them).
const places = [
  { mentions: [mention('Syria', start, 'name'), mention('Syria', 0, 'name')] },
  { mentions: [mention('Idlib', start, 'name')] },
  { mentions: [mention('Turkish', start, 'demonym'), mention('Syria', 0, 'name', 'other')] },
  { mentions: [mention('Turkish', end, 'demonym')] },
];
const articleIndex = new Map([
  ['other', 0],
  ['a002', 1],
]);
const mentions = mentionsByArticle(places, articleIndex);
const [first, last] = mentionsOfArticle(mentions, 1);

const onlyDemonyms = (from: number, to: number, place: number) =>
  onlyDemonymsInSpan(mentions, firstMentionFrom(mentions, first, last, from), last, to, place);

describe('mentionsByArticle', () => {
  it('groups mentions by article, sorted by start', () => {
    expect(mentionsOfArticle(mentions, 0)).toEqual([0, 1]);
    expect(last - first).toBe(5);
    const starts = Array.from(mentions.start.subarray(first, last));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(Array.from(mentions.place.subarray(first, last))).toEqual([0, 0, 1, 2, 3]);
    expect(Array.from(mentions.named.subarray(first, last))).toEqual([1, 1, 1, 0, 0]);
  });
  it('sorts an article with many mentions too, keeping equal starts in place order', () => {
    const many = [
      {
        mentions: Array.from({ length: 100 }, (_, i) => ({
          articleId: 'x',
          start: 1000 - 10 * i,
          end: 1005 - 10 * i,
          form: 'name',
        })),
      },
      { mentions: [{ articleId: 'x', start: 500, end: 505, form: 'demonym' }] },
    ];
    const m = mentionsByArticle(many, new Map([['x', 0]]));
    const starts = Array.from(m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const at500 = starts.indexOf(500);
    expect([m.place[at500], m.place[at500 + 1]]).toEqual([0, 1]);
    expect(Array.from(m.end, (e, k) => e - (m.start[k] as number))).toEqual(starts.map(() => 5));
  });
  it('has no mentions for an unknown article', () => {
    expect(mentionsOfArticle(mentions, -1)).toEqual([0, 0]);
  });
});

describe('onlyDemonymsInSpan', () => {
  it('tells named places from demonym-only ones inside the sentence only', () => {
    expect(onlyDemonyms(start, end, 0)).toBe(false);
    expect(onlyDemonyms(start, end, 1)).toBe(false);
    expect(onlyDemonyms(start, end, 2)).toBe(true);
    // "Turkish" after the sentence does not count for it
    expect(onlyDemonyms(start, end, 3)).toBe(false);
  });
  it('finds nothing in a span without mentions', () => {
    for (const place of [0, 1, 2, 3]) expect(onlyDemonyms(0, 10, place)).toBe(false);
  });
});
