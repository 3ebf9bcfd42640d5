import { describe, expect, it } from 'vitest';
import { loadArticles } from '../articles/loadArticles.ts';
import { processArticle } from './processArticle.ts';
import { exactNameGeoparser } from './testing/exactNameGeoparser.ts';
import { SEEDS_DIR } from '../testing/seedText.ts';

describe('processArticle', async () => {
  const { articles } = await loadArticles(SEEDS_DIR);

  it.each(articles.map((a) => [a.id, a] as const))(
    'gives plain data for %s that survives a structured clone (for worker threads)',
    (_id, article) => {
      const result = processArticle(article, exactNameGeoparser);
      expect(structuredClone(result)).toEqual(result);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    },
  );

  it('links events to the places mentioned inside them', () => {
    const article = articles.find((a) => a.id.startsWith('002_'));
    if (!article) throw new Error('seed 002 missing');
    const { geoparse, events } = processArticle(article, exactNameGeoparser);
    expect(geoparse.mentions.length).toBeGreaterThan(0);
    for (const event of events) {
      const inside = geoparse.mentions
        .filter((m) => m.start >= event.start && m.end <= event.end)
        .map((m) => m.place.gazetteerId);
      expect([...event.placeIds].sort()).toEqual([...new Set(inside)].sort());
    }
    expect(events.some((e) => e.placeIds.includes('country:TR'))).toBe(true);
  });

  it('is deterministic', () => {
    const article = articles[0];
    if (!article) throw new Error('no seeds');
    expect(processArticle(article, exactNameGeoparser)).toEqual(
      processArticle(article, exactNameGeoparser),
    );
  });
});
