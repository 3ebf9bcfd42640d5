import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../articles/readArticles.ts';
import { beyondLimits, MAX_ARTICLE_CHARS } from './articleLimits.ts';

describe('beyondLimits', () => {
  it('lets news prose through', () => {
    expect(beyondLimits('Fighters left Raqqa. They reached Idlib!\nWas it 2017?')).toBeNull();
  });

  it('lets a long text of short sentences through', () => {
    expect(beyondLimits('Syria. '.repeat(100_000))).toBeNull();
  });

  it('lets a long line with no sentence break through', () => {
    expect(beyondLimits('Syria Aleppo 12 March 2016 and then '.repeat(200_000 / 36))).toBeNull();
  });

  it('lets through every text the 2 MB read limit lets through', () => {
    expect(MAX_ARTICLE_CHARS).toBeGreaterThanOrEqual(MAX_ARTICLE_BYTES);
    expect(beyondLimits('a'.repeat(MAX_ARTICLE_BYTES))).toBeNull();
  });

  it('stops a text longer than that', () => {
    expect(beyondLimits('a'.repeat(MAX_ARTICLE_CHARS + 1))).toMatch(/^too large: \d+ characters/);
  });
});
