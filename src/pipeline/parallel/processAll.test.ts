/** processAll: cache first, then this thread or real worker threads, with the same results. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/corpus.ts';
import { loadArticles } from '../articles/loadArticles.ts';
import { createDiskCache } from '../cache/articleCache.ts';
import { exactNameGeoparser } from '../corpus/testing/exactNameGeoparser.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { processAll, type ProcessAllDeps } from './processAll.ts';

const seeds = path.resolve(import.meta.dirname, '../../../seeds');
const quiet = { log: () => {}, progress: () => ({ advance: () => {}, stop: () => {} }) };

let articles: Article[];
let tmp: string;
beforeAll(async () => {
  articles = (await loadArticles(seeds)).articles;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chronomap-process-all-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('processAll', () => {
  it('serves unchanged articles from the cache without loading the geoparser', async () => {
    const cache = createDiskCache(path.join(tmp, 'cache'), 'test');
    let loads = 0;
    const deps: ProcessAllDeps = {
      ...quiet,
      cache,
      loadGeoparser: async () => {
        loads++;
        return exactNameGeoparser;
      },
    };
    const first = await processAll(articles, deps);
    expect(first.stats).toEqual({ cached: 0, parsed: 5, workers: 0 });
    const second = await processAll(articles, deps);
    expect(second.stats).toEqual({ cached: 5, parsed: 0, workers: 0 });
    expect(loads).toBe(1);
    expect(second.processed).toEqual(first.processed);

    const changed = articles.map((a, i) => (i === 2 ? { ...a, text: `${a.text}\nMore.` } : a));
    const third = await processAll(changed, deps);
    expect(third.stats).toEqual({ cached: 4, parsed: 1, workers: 0 });
    expect(loads).toBe(2);
  });

  it('reports an article the geoparser throws on, and keeps the others', async () => {
    const flaky: Geoparser = {
      parse: (text, id) => {
        if (id === articles[1]?.id) throw new Error('boom');
        return exactNameGeoparser.parse(text, id);
      },
    };
    const { processed, failed } = await processAll(articles, {
      ...quiet,
      loadGeoparser: async () => flaky,
    });
    expect(processed).toHaveLength(4);
    expect(failed).toEqual([
      { file: articles[1]?.file, reason: 'could not be processed (a pipeline bug): boom' },
    ]);
  });

  it('gives the same results on two worker threads as on this thread', async () => {
    // Twenty articles make two batches, so both workers take part.
    const many = Array.from({ length: 4 }, (_, n) =>
      articles.map((a) => ({ ...a, id: `${n}_${a.id}`, file: `${n}_${a.file}` })),
    ).flat();
    const serial = await processAll(many, { ...quiet, loadGeoparser: () => loadGeoparser() });
    const parallel = await processAll(many, {
      ...quiet,
      loadGeoparser: () => Promise.reject(new Error('workers must load their own')),
      parallel: { workers: 2, minArticles: 1, setup: {} },
    });
    expect(parallel.stats).toEqual({ cached: 0, parsed: 20, workers: 2 });
    expect(parallel.failed).toEqual([]);
    expect(parallel.processed).toEqual(serial.processed);
  }, 120_000);
});
