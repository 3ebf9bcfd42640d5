import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHeadline } from './headline.ts';
import { SEEDS_DIR } from '../testing/seedText.ts';

const seedIds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))
  .sort();

describe('findHeadline on the seed articles', () => {
  it('has all five seeds to test on', () => {
    expect(seedIds).toHaveLength(5);
  });

  it.each(seedIds)('finds the sidecar title of %s from the text alone', (id) => {
    const text = readFileSync(path.join(SEEDS_DIR, `${id}.txt`), 'utf8');
    const meta = JSON.parse(readFileSync(path.join(SEEDS_DIR, `${id}.meta.json`), 'utf8')) as {
      title: string;
    };
    expect(findHeadline(text)).toBe(meta.title);
  });
});

describe('findHeadline on page furniture', () => {
  it('skips a section label above the headline', () => {
    expect(findHeadline('World\n\nFloods Cut Off Villages In The North\n\nBody text.')).toBe(
      'Floods Cut Off Villages In The North',
    );
  });

  it('skips date banners in several shapes', () => {
    for (const banner of [
      'Wednesday, December 25',
      'Updated: Wed 25 Dec 2019, 10:32 GMT',
      '12 March 2019',
    ]) {
      expect(findHeadline(`${banner}\nMarket reopens after three weeks of repairs\n`)).toBe(
        'Market reopens after three weeks of repairs',
      );
    }
  });

  it('skips share buttons and bylines', () => {
    const text = [
      'Share on Facebook Twitter Email',
      'By Jane Doe and John Roe',
      'Bridge collapse leaves town divided',
      'The bridge fell on Tuesday.',
    ].join('\n');
    expect(findHeadline(text)).toBe('Bridge collapse leaves town divided');
  });

  it('prefers a headline-shaped line over a body sentence that comes first', () => {
    const text =
      'The council met on Monday to discuss the budget.\nCouncil Approves New Budget Plan';
    expect(findHeadline(text)).toBe('Council Approves New Budget Plan');
  });

  it('handles CRLF line endings and surrounding whitespace', () => {
    expect(findHeadline('\r\n  Conflict \r\n\r\n  Rebels Take The Northern Town  \r\nText.')).toBe(
      'Rebels Take The Northern Town',
    );
  });

  it('falls back to the first non-furniture line, clipped, when nothing looks like a headline', () => {
    const long = `This is a single very long opening sentence ${'that goes on and on '.repeat(10)}.`;
    const found = findHeadline(long);
    expect(found?.length).toBeLessThanOrEqual(121);
    expect(found?.endsWith('…')).toBe(true);
    expect(long.startsWith((found ?? '').slice(0, -1))).toBe(true);
  });

  it('returns null when there is no candidate line at all', () => {
    expect(findHeadline('   \n\nSyria\n')).toBeNull();
    expect(findHeadline('')).toBeNull();
  });

  it('does not take a lower-case fragment as the headline when a better line follows', () => {
    expect(findHeadline('continued from page one\nTroops Withdraw From Border Posts')).toBe(
      'Troops Withdraw From Border Posts',
    );
  });
});
