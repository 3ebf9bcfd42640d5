/**
 * Gets a result for every article, as cheaply as it can: the cached one where the caller found it,
 * else on worker threads when enough articles are left to repay each worker's gazetteer load (or a
 * worker was started early for them), else on this thread. The processing code (geoparser, events
 * stage) is imported only if some article is left, so an unchanged corpus rebuilds without
 * loading any of it.
 */
import type { Article } from '../../shared/corpus.ts';
import type { ProcessedArticle } from '../corpus/assembleCorpus.ts';
import type { ArticleOutcome, ArticleResult, tryProcessArticle } from '../corpus/processArticle.ts';
import type { Geoparser } from '../geoparse/types.ts';
import type { SkippedFile } from '../articles/readArticles.ts';
import type { ProgressReporter } from '../io/progress.ts';
import type { WorkerSetup } from './messages.ts';
import { processInWorkers, startArticleWorker, type ArticleWorker } from './workerPool.ts';

export interface ParallelOptions {
  /** Worker threads to start; 0 keeps all work on this thread. */
  workers: number;
  /** Fewer articles to process than this run on this thread (see bench figures). */
  minArticles: number;
  setup: WorkerSetup;
  /** The worker body as plain JavaScript (see stageBundle.ts); null: its TypeScript under tsx. */
  workerScript?: () => Promise<URL | null>;
  /**
   * The worker body for a worker started as soon as a run knows an article must be processed
   * (`startEarly`), on which even fewer than `minArticles` are then processed: the stage code and
   * the gazetteer load on another core while this thread reads the last corpus. Synchronous, so
   * the folder scan can start it midway; null when there is no script ready to start (then no
   * early worker). For one-shot runs: a --watch process keeps its geoparser on this thread.
   */
  earlyScript?: () => URL | null;
}

export interface ProcessAllDeps {
  loadGeoparser(): Promise<Geoparser>;
  /** The per-article stage function; by default imported from its module. */
  loadStage?(): Promise<typeof tryProcessArticle>;
  /** Results known already (from the cache), by article position; missing ones are processed. */
  known?: readonly (ArticleResult | null | undefined)[];
  /** A worker started early (`startEarly`): used for the misses, else ended. */
  early?: ArticleWorker | null;
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
    (misses.length >= deps.parallel.minArticles || Boolean(deps.early));
  let workers = 0;
  const early = useWorkers && misses.length > 0 ? deps.early : null;
  if (deps.early && deps.early !== early) await deps.early.terminate();
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
          // Below the threshold, only the worker started early.
          workers: misses.length >= deps.parallel.minArticles ? deps.parallel.workers : 1,
          first: early ?? undefined,
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

/**
 * The worker `ParallelOptions.earlyScript` asks for, started now; null when the options do not
 * ask for one. The caller hands it to `processAll`, or ends it.
 */
export function startEarly(
  parallel: ParallelOptions | undefined,
  log: (line: string) => void,
): ArticleWorker | null {
  if (!parallel?.earlyScript || parallel.workers === 0) return null;
  const script = parallel.earlyScript();
  return script && startArticleWorker(script, parallel.setup, (line) => log(`worker 1: ${line}`));
}
