import { describe, expect, it } from 'vitest';
import { beyondLimits, longestUnbrokenRun, MAX_SENTENCE_CHARS } from './articleLimits.ts';

describe('beyondLimits', () => {
  it('lets news prose through', () => {
    expect(beyondLimits('Fighters left Raqqa. They reached Idlib!\nWas it 2017?')).toBeNull();
  });

  it('lets a long text of short sentences through', () => {
    expect(beyondLimits('Syria. '.repeat(100_000))).toBeNull();
  });

  it('stops a single line with no sentence break longer than the limit', () => {
    const line = 'Syria Aleppo 12 March 2016 and then '.repeat(MAX_SENTENCE_CHARS / 30);
    expect(beyondLimits(line)).toMatch(/^not prose: \d+ characters without a sentence break/);
  });

  it('measures the longest stretch between breaks, including the last one', () => {
    expect(longestUnbrokenRun('ab. abcd\nabcdef')).toBe(6);
    expect(longestUnbrokenRun('')).toBe(0);
  });
});
