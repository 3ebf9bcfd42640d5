/**
 * The stage bundle: built once per code version, reused after, and the same code as the sources
 * (the bundled geoparser and stage give the seed articles the results the TypeScript modules do,
 * on this thread and in a worker started on the bundle without tsx, and the bundled assembly
 * writes the same corpus bytes).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/corpus.ts';
import { loadArticles } from '../articles/loadArticles.ts';
import { tryProcessArticle } from '../corpus/processArticle.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import { exactNameGeoparser } from '../corpus/testing/exactNameGeoparser.ts';
import { processAll, startEarly, type ParallelOptions } from './processAll.ts';
import { existingStageBundle, stageBundle } from './stageBundle.ts';
import type * as Stages from './stages.ts';
import type * as Assembly from './assembly.ts';
import { assembleCorpus } from '../corpus/assembleCorpus.ts';
import { serializeCorpus } from '../corpus/serializeCorpus.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const seeds = path.join(root, 'seeds');
const quiet = { log: () => {}, progress: () => ({ advance: () => {}, stop: () => {} }) };

let dir: string;
let articles: Article[];
beforeAll(async () => {
  // Inside the project, as the CLI's is: the bundle resolves packages from where it lies.
  dir = mkdtempSync(path.join(root, '.cache', 'test-stages-'));
  articles = (await loadArticles(seeds)).articles;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('stageBundle', () => {
  it('builds once per version, then reuses the bundle', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const first = await stageBundle(dir, 'v1', log);
    expect(first).not.toBeNull();
    expect(lines.join('\n')).toMatch(/stage bundle: built in \d+ ms/);
    lines.length = 0;
    expect(await stageBundle(dir, 'v1', log)).toEqual(first);
    expect(lines).toEqual([]);
    // Another version: a new bundle, and the old one goes.
    const second = await stageBundle(dir, 'v2', log);
    expect(second?.stages.href).not.toBe(first?.stages.href);
    expect(readdirSync(dir)).toHaveLength(1);
    // Found without building, as a run starting its early worker does.
    expect(existingStageBundle(dir, 'v2')).toEqual(second);
    expect(existingStageBundle(dir, 'v3')).toBeNull();
  }, 60_000);

  it('gives the same results as the sources, here and in a worker without tsx', async () => {
    const bundle = await stageBundle(dir, 'v2', () => {});
    if (!bundle) throw new Error('no bundle');
    // The bundle of stages.ts: typed by its source module.
    const stages = (await import(bundle.stages.href)) as typeof Stages;
    const bundled = await stages.loadGeoparser();
    const source = await loadGeoparser();
    for (const article of articles) {
      expect(stages.tryProcessArticle(article, bundled)).toEqual(
        tryProcessArticle(article, source),
      );
    }
    // The bundled assembly writes the same corpus bytes as the sources.
    const assembly = (await import(bundle.assembly.href)) as typeof Assembly;
    const processed = articles.map((article) => {
      const outcome = tryProcessArticle(article, source);
      if (!outcome.ok) throw new Error(outcome.reason);
      return { article, ...outcome.result };
    });
    expect(assembly.serializeCorpus(assembly.assembleCorpus(processed))).toBe(
      serializeCorpus(assembleCorpus(processed)),
    );
    const many = Array.from({ length: 4 }, (_, n) =>
      articles.map((a) => ({ ...a, id: `${n}_${a.id}`, file: `${n}_${a.file}` })),
    ).flat();
    const serial = await processAll(many, { ...quiet, loadGeoparser: async () => source });
    const parallel = await processAll(many, {
      ...quiet,
      loadGeoparser: () => Promise.reject(new Error('workers must load their own')),
      parallel: { workers: 2, minArticles: 1, setup: {}, workerScript: async () => bundle.worker },
    });
    expect(parallel.stats).toEqual({ cached: 0, parsed: 20, workers: 2 });
    expect(parallel.processed).toEqual(serial.processed);
  }, 120_000);

  describe('a worker started early', () => {
    const early = async () => {
      const bundle = await stageBundle(dir, 'v2', () => {});
      const parallel: ParallelOptions = {
        workers: 2,
        minArticles: 2000,
        setup: {},
        earlyScript: () => bundle?.worker ?? null,
      };
      return { parallel, worker: startEarly(parallel, () => {}) };
    };

    it('processes even one article, as this thread does, and is ended after', async () => {
      const { parallel, worker } = await early();
      if (!worker) throw new Error('no early worker');
      const one = articles.slice(2, 3);
      const serial = await processAll(one, { ...quiet, loadGeoparser: () => loadGeoparser() });
      const result = await processAll(one, {
        ...quiet,
        loadGeoparser: () => Promise.reject(new Error('the early worker must do it')),
        parallel,
        early: worker,
      });
      expect(result.stats).toEqual({ cached: 0, parsed: 1, workers: 1 });
      expect(result.processed).toEqual(serial.processed);
      await expect(
        worker.process({ type: 'batch', items: [{ i: 0, article: one[0] as Article }] }),
      ).rejects.toThrow(/stopped/);
    }, 120_000);

    it('is ended unused when every result is known', async () => {
      const { parallel, worker } = await early();
      if (!worker) throw new Error('no early worker');
      const two = articles.slice(0, 2);
      const first = await processAll(two, {
        ...quiet,
        loadGeoparser: async () => exactNameGeoparser,
      });
      const result = await processAll(two, {
        ...quiet,
        loadGeoparser: () => Promise.reject(new Error('nothing to process')),
        known: first.fresh.map((f) => f.result),
        parallel,
        early: worker,
      });
      expect(result.stats).toEqual({ cached: 2, parsed: 0, workers: 0 });
      await expect(worker.ready).rejects.toThrow(/stopped/);
    }, 120_000);

    it('is not started without a script ready, nor without workers', () => {
      expect(
        startEarly({ workers: 2, minArticles: 1, setup: {}, earlyScript: () => null }, () => {}),
      ).toBeNull();
      expect(
        startEarly(
          { workers: 0, minArticles: 1, setup: {}, earlyScript: () => new URL('file:///x') },
          () => {},
        ),
      ).toBeNull();
      expect(startEarly({ workers: 2, minArticles: 1, setup: {} }, () => {})).toBeNull();
    });
  });
});
