/**
 * Gets a result for every article, as cheaply as it can: from the content-hash cache where the
 * article is unchanged, else on worker threads when enough articles missed the cache to repay
 * each worker's gazetteer load, else on this thread. The geoparser is loaded only if some article
 * missed, so an unchanged corpus rebuilds without it.
 */
import type { Article } from '../../shared/corpus.ts';
import type { ArticleCache } from '../cache/articleCache.ts';
import type { ProcessedArticle } from '../corpus/assembleCorpus.ts';
import { tryProcessArticle, type ArticleOutcome } from '../corpus/processArticle.ts';
import type { Geoparser } from '../geoparse/types.ts';
import type { SkippedFile } from '../articles/readArticles.ts';
import type { ProgressReporter } from '../io/progress.ts';
import type { WorkerSetup } from './messages.ts';
import { processInWorkers } from './workerPool.ts';

export interface ParallelOptions {
  /** Worker threads to start; 0 keeps all work on this thread. */
  workers: number;
  /** Fewer articles to process than this run on this thread (see bench figures). */
  minArticles: number;
  setup: WorkerSetup;
}

export interface ProcessAllDeps {
  loadGeoparser(): Promise<Geoparser>;
  cache?: ArticleCache;
  parallel?: ParallelOptions;
  log(line: string): void;
  progress(total: number): ProgressReporter;
}

export interface ProcessAllResult {
  processed: ProcessedArticle[];
  /** Articles that could not be processed, with the reason. */
  failed: SkippedFile[];
  stats: { cached: number; parsed: number; workers: number };
}

/** Cache reads (and writes) in flight at once: enough to hide file latency, few enough for fds. */
const IO_CONCURRENCY = 64;

export async function processAll(
  articles: readonly Article[],
  deps: ProcessAllDeps,
): Promise<ProcessAllResult> {
  const outcomes: (ArticleOutcome | undefined)[] = new Array(articles.length);
  const { cache } = deps;
  if (cache) {
    await eachLimited(articles.length, async (i) => {
      const hit = await cache.get(articles[i] as Article);
      if (hit) outcomes[i] = { ok: true, result: hit };
    });
  }
  const misses = [...articles.keys()].filter((i) => outcomes[i] === undefined);
  const cached = articles.length - misses.length;
  const useWorkers =
    deps.parallel !== undefined &&
    deps.parallel.workers > 0 &&
    misses.length >= deps.parallel.minArticles;
  let workers = 0;
  if (misses.length > 0) {
    deps.log(
      `articles: ${cached} from the cache, ${misses.length} to process` +
        (useWorkers ? ' on worker threads' : ''),
    );
    const progress = deps.progress(misses.length);
    const record = (i: number, outcome: ArticleOutcome) => {
      outcomes[i] = outcome;
      progress.advance((articles[i] as Article).id);
    };
    try {
      if (useWorkers && deps.parallel) {
        workers = await processInWorkers(articles, misses, {
          workers: deps.parallel.workers,
          setup: deps.parallel.setup,
          log: deps.log,
          onOutcome: record,
        });
      } else {
        deps.log('loading the geoparser');
        const geoparser = await deps.loadGeoparser();
        for (const i of misses) record(i, tryProcessArticle(articles[i] as Article, geoparser));
      }
    } finally {
      progress.stop();
    }
    if (cache) {
      await eachLimited(misses.length, async (k) => {
        const i = misses[k] as number;
        const outcome = outcomes[i];
        if (outcome?.ok) await cache.set(articles[i] as Article, outcome.result);
      });
    }
  } else {
    deps.log(`articles: all ${cached} unchanged, taken from the cache`);
  }

  const processed: ProcessedArticle[] = [];
  const failed: SkippedFile[] = [];
  articles.forEach((article, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) processed.push({ article, ...outcome.result });
    else failed.push({ file: article.file, reason: outcome?.reason ?? 'was not processed' });
  });
  return { processed, failed, stats: { cached, parsed: misses.length, workers } };
}

/** Runs `task(0..count-1)` with at most IO_CONCURRENCY running at once. */
async function eachLimited(count: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(IO_CONCURRENCY, count) }, lane));
}
