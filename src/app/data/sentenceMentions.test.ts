import { describe, expect, it } from 'vitest';
import seed002 from '../../../seeds/002_478985300681bf0c.txt?raw';
import type { ArticleMention } from './sentenceMentions.ts';
import { firstStartingAtOrAfter } from '../../shared/sortedSpans.ts';
import { onlyDemonymsInSpan } from './sentenceMentions.ts';

// "...have gathered in Syria’s Idlib Province, with many planning to cross the Turkish border..."
const start = seed002.indexOf('The several dozen IS defectors');
const end = seed002.indexOf('the Guardian reported.', start);
const find = (word: string, from = start) => seed002.indexOf(word, from);

const mentions: ArticleMention[] = [
  { start: find('Syria', 0), end: find('Syria', 0) + 5, place: 0, named: true },
  { start: find('Syria'), end: find('Syria') + 5, place: 0, named: true },
  { start: find('Idlib'), end: find('Idlib') + 5, place: 1, named: true },
  { start: find('Turkish'), end: find('Turkish') + 7, place: 2, named: false },
  { start: find('Turkish', end), end: find('Turkish', end) + 7, place: 3, named: false },
].sort((a, b) => a.start - b.start);

const onlyDemonyms = (from: number, to: number, place: number) =>
  onlyDemonymsInSpan(mentions, firstStartingAtOrAfter(mentions, from), to, place);

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
