import { describe, expect, it } from 'vitest';
import seed000 from '../../../seeds/000_0ebec296f594075f.txt?raw';
import { articleParts, type MentionSpan, type Segment } from './articleSegments.ts';

function mentionsOf(text: string, word: string, placeId: string): MentionSpan[] {
  return [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + word.length,
    placeId,
    placeName: word,
    form: 'name',
  }));
}

const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('articleParts', () => {
  const baghouz = mentionsOf(seed000, 'Baghouz', 'geonames:8299880');
  const syria = mentionsOf(seed000, 'Syria', 'geonames:163843');

  it('loses no character of the text and marks every mention', () => {
    const parts = articleParts(seed000, [...syria, ...baghouz], null);
    expect(joined(parts.before)).toBe(seed000);
    const marked = parts.before.filter((s) => s.kind === 'mention');
    expect(marked).toHaveLength(baghouz.length + syria.length);
    for (const s of marked) expect(['Baghouz', 'Syria']).toContain(s.text);
  });

  it('cuts out the event sentence with its own mentions', () => {
    const start = seed000.indexOf('As the Kurdish-led');
    const end = seed000.indexOf('last enclave.') + 'last enclave.'.length;
    const parts = articleParts(seed000, [...baghouz, ...syria], { start, end });
    expect(joined(parts.sentence)).toBe(seed000.slice(start, end));
    expect(joined(parts.before) + joined(parts.sentence) + joined(parts.after)).toBe(seed000);
    expect(parts.sentence.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual([
      'Baghouz',
      'Syria',
    ]);
  });

  it('keeps the first of two overlapping mentions', () => {
    const at = seed000.indexOf('Deir ez-Zour');
    const parts = articleParts(
      seed000,
      [
        { start: at, end: at + 12, placeId: 'a', placeName: 'Deir ez-Zor', form: 'name' },
        { start: at + 5, end: at + 12, placeId: 'b', placeName: 'Zour', form: 'name' },
      ],
      null,
    );
    expect(parts.before.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual([
      'Deir ez-Zour',
    ]);
    expect(joined(parts.before)).toBe(seed000);
  });
});
