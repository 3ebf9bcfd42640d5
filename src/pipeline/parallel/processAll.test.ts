/** processAll: known results first, then this thread or real worker threads, with the same results. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/corpus.ts';
import { loadArticles } from '../articles/loadArticles.ts';
import { exactNameGeoparser } from '../corpus/testing/exactNameGeoparser.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { processAll, type ProcessAllDeps } from './processAll.ts';
import { SEEDS_DIR } from '../testing/seedText.ts';

const quiet = { log: () => {}, progress: () => ({ advance: () => {}, stop: () => {} }) };

let articles: Article[];
beforeAll(async () => {
  articles = (await loadArticles(SEEDS_DIR)).articles;
});

describe('processAll', () => {
  it('processes only the articles without a known result, loading the geoparser only then', async () => {
    let loads = 0;
    const deps: ProcessAllDeps = {
      ...quiet,
      loadGeoparser: async () => {
        loads++;
        return exactNameGeoparser;
      },
    };
    const first = await processAll(articles, deps);
    expect(first.stats).toEqual({ cached: 0, parsed: 5, workers: 0 });
    expect(first.fresh.map((f) => f.index)).toEqual([0, 1, 2, 3, 4]);
    const known = first.fresh.map((f) => f.result);
    const second = await processAll(articles, { ...deps, known });
    expect(second.stats).toEqual({ cached: 5, parsed: 0, workers: 0 });
    expect(second.fresh).toEqual([]);
    expect(loads).toBe(1);
    expect(second.processed).toEqual(first.processed);

    const third = await processAll(articles, {
      ...deps,
      known: known.map((r, i) => (i === 2 ? null : r)),
    });
    expect(third.stats).toEqual({ cached: 4, parsed: 1, workers: 0 });
    expect(third.fresh.map((f) => f.index)).toEqual([2]);
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
