/**
 * A folder through prepareArticles → processAll → storeFresh twice, with a real disk cache: what
 * is unchanged comes back from the cache as the same articles and results, without the geoparser;
 * a changed text or sidecar is processed again; a bad sidecar is still reported every time.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../articles/loadArticles.ts';
import { readArticleFolder } from '../articles/readArticles.ts';
import { exactNameGeoparser } from '../corpus/testing/exactNameGeoparser.ts';
import { processAll } from '../parallel/processAll.ts';
import { createDiskCache } from './articleCache.ts';
import { prepareArticles, storeFresh } from './cachedArticles.ts';
import { copySeeds } from '../testing/seedText.ts';

const quiet = { log: () => {}, progress: () => ({ advance: () => {}, stop: () => {} }) };

let tmp: string;
let articlesDir: string;
beforeEach(() => {
  ({ tmp, articlesDir } = copySeeds('cached'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function run(version = 'v1') {
  const cache = createDiskCache(path.join(tmp, 'cache'), version);
  let loads = 0;
  const prepared = await prepareArticles(readArticleFolder(articlesDir), cache);
  const result = await processAll(prepared.articles, {
    ...quiet,
    known: prepared.known,
    loadGeoparser: async () => {
      loads++;
      return exactNameGeoparser;
    },
  });
  storeFresh(cache, prepared, result.fresh);
  return { prepared, result, loads };
}

describe('prepareArticles with a disk cache', () => {
  it('gives unchanged articles back from the cache, identical to a fresh build', async () => {
    const first = await run();
    expect(first.result.stats).toEqual({ cached: 0, parsed: 5, workers: 0 });
    const second = await run();
    expect(second.result.stats).toEqual({ cached: 5, parsed: 0, workers: 0 });
    expect(second.loads).toBe(0);
    // Same articles (metadata from the cache, field order included) and the same results.
    expect(JSON.stringify(second.result.processed)).toBe(JSON.stringify(first.result.processed));
    expect(second.prepared.articles).toEqual((await loadArticles(articlesDir)).articles);
  });

  it('processes again an article whose text or sidecar changed, or under a new version', async () => {
    await run();
    const files = (await loadArticles(articlesDir)).articles.map((a) => a.file);
    const [a, b] = files as [string, string];
    writeFileSync(path.join(articlesDir, a), 'Syria Changed\n\nFighters left Syria.');
    writeFileSync(
      path.join(articlesDir, b.replace(/\.txt$/, '.meta.json')),
      '{"title":"A new title"}',
    );
    const second = await run();
    expect(second.result.stats).toEqual({ cached: 3, parsed: 2, workers: 0 });
    expect(second.prepared.articles.find((x) => x.file === b)?.title).toBe('A new title');
    const third = await run();
    expect(third.result.stats).toEqual({ cached: 5, parsed: 0, workers: 0 });
    expect(third.prepared.articles.find((x) => x.file === b)?.title).toBe('A new title');
    expect((await run('v2')).result.stats).toEqual({ cached: 0, parsed: 5, workers: 0 });
  });

  it('reports a bad sidecar on every run, cached or not', async () => {
    await run();
    writeFileSync(path.join(articlesDir, 'extra.txt'), 'Extra Article\n\nText about Syria.');
    writeFileSync(path.join(articlesDir, 'extra.meta.json'), '{"published": {"start": "x"}}');
    for (let n = 0; n < 2; n++) {
      const { prepared } = await run();
      expect(prepared.articles).toHaveLength(5);
      expect(prepared.skipped).toEqual([
        { file: 'extra.txt', reason: expect.stringMatching(/^malformed sidecar: published/) },
      ]);
    }
  });
});
