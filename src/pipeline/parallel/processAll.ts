/**
 * Gets a result for every article, as cheaply as it can: the cached one where the caller found it,
 * else on worker threads when enough articles are left to repay each worker's gazetteer load,
 * else on this thread. The processing code (geoparser, events stage, worker pool) is imported only
 * if some article is left, so an unchanged corpus rebuilds without loading any of it.
 */
import type { Article } from '../../shared/corpus.ts';
import type { ProcessedArticle } from '../corpus/assembleCorpus.ts';
import type { ArticleOutcome, ArticleResult, tryProcessArticle } from '../corpus/processArticle.ts';
import type { Geoparser } from '../geoparse/types.ts';
import type { SkippedFile } from '../articles/readArticles.ts';
import type { ProgressReporter } from '../io/progress.ts';
import type { WorkerSetup } from './messages.ts';

export interface ParallelOptions {
  /** Worker threads to start; 0 keeps all work on this thread. */
  workers: number;
  /** Fewer articles to process than this run on this thread (see bench figures). */
  minArticles: number;
  setup: WorkerSetup;
  /** The worker body as plain JavaScript (see stageBundle.ts); null: its TypeScript under tsx. */
  workerScript?: () => Promise<URL | null>;
}

export interface ProcessAllDeps {
  loadGeoparser(): Promise<Geoparser>;
  /** The per-article stage function; by default imported from its module. */
  loadStage?(): Promise<typeof tryProcessArticle>;
  /** Results known already (from the cache), by article position; missing ones are processed. */
  known?: readonly (ArticleResult | null | undefined)[];
  parallel?: ParallelOptions;
  log(line: string): void;
  progress(total: number): ProgressReporter;
}

export interface ProcessAllResult {
  processed: ProcessedArticle[];
  /** Articles that could not be processed, with the reason. */
  failed: SkippedFile[];
  /** The results made in this run (not known before), by article position: for the cache. */
  fresh: { index: number; result: ArticleResult }[];
  stats: { cached: number; parsed: number; workers: number };
}

export async function processAll(
  articles: readonly Article[],
  deps: ProcessAllDeps,
): Promise<ProcessAllResult> {
  const outcomes: (ArticleOutcome | undefined)[] = new Array(articles.length);
  deps.known?.forEach((result, i) => {
    if (result) outcomes[i] = { ok: true, result };
  });
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
        const { processInWorkers } = await import('./workerPool.ts');
        workers = await processInWorkers(articles, misses, {
          workers: deps.parallel.workers,
          script: (await deps.parallel.workerScript?.()) ?? null,
          setup: deps.parallel.setup,
          log: deps.log,
          onOutcome: record,
        });
      } else {
        deps.log('loading the geoparser');
        const [geoparser, stage] = await Promise.all([
          deps.loadGeoparser(),
          deps.loadStage
            ? deps.loadStage()
            : import('../corpus/processArticle.ts').then((m) => m.tryProcessArticle),
        ]);
        for (const i of misses) record(i, stage(articles[i] as Article, geoparser));
      }
    } finally {
      progress.stop();
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
  const fresh = misses.flatMap((index) => {
    const outcome = outcomes[index];
    return outcome?.ok ? [{ index, result: outcome.result }] : [];
  });
  return { processed, failed, fresh, stats: { cached, parsed: misses.length, workers } };
}
