import { describe, expect, it } from 'vitest';
import { firstEndingAfter, firstStartingAtOrAfter } from './sortedSpans.ts';

// "In Aleppo, Syrian forces met in Homs": Aleppo 3-9, Syrian 11-17, Homs 32-36
const spans = [
  { start: 3, end: 9 },
  { start: 11, end: 17 },
  { start: 32, end: 36 },
];

describe('sorted span searches', () => {
  it('find the first span starting at or after an offset, as a scan would', () => {
    for (let offset = -1; offset <= 40; offset++) {
      const scan = spans.findIndex((s) => s.start >= offset);
      expect(firstStartingAtOrAfter(spans, offset)).toBe(scan === -1 ? spans.length : scan);
    }
  });

  it('find the first span ending after an offset, as a scan would', () => {
    for (let offset = -1; offset <= 40; offset++) {
      const scan = spans.findIndex((s) => s.end > offset);
      expect(firstEndingAfter(spans, offset)).toBe(scan === -1 ? spans.length : scan);
    }
  });

  it('give 0 in an empty list', () => {
    expect(firstStartingAtOrAfter([], 5)).toBe(0);
    expect(firstEndingAfter([], 5)).toBe(0);
  });
});
