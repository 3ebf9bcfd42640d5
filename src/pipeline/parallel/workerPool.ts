/**
 * Processes articles on several worker threads. Each worker loads its own geoparser, then takes
 * small batches from a shared queue until it is empty, so a slow article never leaves the other
 * thread idle. Outcomes are reported by article position, in whatever order they finish.
 * Resolves with the number of workers used (never more than there are batches).
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../../shared/corpus.ts';
import type { ArticleOutcome } from '../corpus/processArticle.ts';
import type { BatchMessage, WorkerMessage, WorkerSetup } from './messages.ts';
import { startTsWorker } from './startTsWorker.ts';

/** Small enough to balance the load at the end, large enough that messaging costs nothing. */
const BATCH_SIZE = 16;

export interface PoolOptions {
  workers: number;
  /** The worker body bundled as plain JavaScript (no loader needed); null: articleWorker.ts. */
  script: URL | null;
  setup: WorkerSetup;
  log(line: string): void;
  onOutcome(i: number, outcome: ArticleOutcome): void;
  /** A worker started earlier (startArticleWorker), to take as the first; the pool ends it. */
  first?: ArticleWorker;
}

/** One article worker, listened to from its start, so nothing it says before use is lost. */
export interface ArticleWorker {
  /** Settles when the worker has loaded its geoparser; rejects if it stops first. */
  ready: Promise<void>;
  /** Where its log lines go from now on (until then: where it was started with). */
  logTo(log: (line: string) => void): void;
  /** Processes one batch; rejects if the worker stops first. */
  process(batch: BatchMessage): Promise<{ i: number; outcome: ArticleOutcome }[]>;
  terminate(): Promise<void>;
}

export function startArticleWorker(
  script: URL | null,
  setup: WorkerSetup,
  log: (line: string) => void,
): ArticleWorker {
  const worker = script
    ? new Worker(script, { workerData: setup })
    : startTsWorker(new URL('./articleWorker.ts', import.meta.url), setup);
  let logLine = log;
  let stopped: Error | null = null;
  const pending: {
    resolve(outcomes: { i: number; outcome: ArticleOutcome }[]): void;
    reject(error: Error): void;
  }[] = [];
  let markReady = () => {};
  let failReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  // A worker stopped before anyone waits for it is not an unhandled rejection; `process` says.
  ready.catch(() => {});
  const stop = (error: Error) => {
    stopped ??= error;
    failReady(stopped);
    for (const p of pending.splice(0)) p.reject(stopped);
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'log') logLine(message.line);
    else if (message.type === 'ready') markReady();
    else pending.shift()?.resolve(message.outcomes);
  });
  worker.once('error', stop);
  worker.once('exit', (code) => stop(new Error(`article worker stopped (exit code ${code})`)));
  return {
    ready,
    logTo: (next) => {
      logLine = next;
    },
    process: (batch) =>
      new Promise((resolve, reject) => {
        if (stopped) return reject(stopped);
        pending.push({ resolve, reject });
        worker.postMessage(batch);
      }),
    terminate: async () => {
      await worker.terminate();
    },
  };
}

export async function processInWorkers(
  articles: readonly Article[],
  positions: readonly number[],
  options: PoolOptions,
): Promise<number> {
  let next = 0;
  const takeBatch = (): BatchMessage | null => {
    if (next >= positions.length) return null;
    const slice = positions.slice(next, next + BATCH_SIZE);
    next += slice.length;
    return {
      type: 'batch',
      items: slice.map((i) => ({ i, article: articles[i] as Article })),
    };
  };
  const count = Math.max(1, Math.min(options.workers, Math.ceil(positions.length / BATCH_SIZE)));
  const workers: ArticleWorker[] = [];
  const start = (n: number, started?: ArticleWorker) => {
    const log = (line: string) => options.log(`worker ${n + 1}: ${line}`);
    started?.logTo(log);
    const worker = started ?? startArticleWorker(options.script, options.setup, log);
    workers.push(worker);
    return drive(worker, takeBatch, options);
  };
  try {
    // The others start once the first has its geoparser, so a missing or stale gazetteer cache is
    // built (and written) once rather than by every worker at the same time. On a warm cache this
    // costs one index load (well under a second) of the second worker's time.
    const first = start(0, options.first);
    await Promise.race([first.ready, first.done]);
    const rest = Array.from({ length: count - 1 }, (_, k) => start(k + 1));
    await Promise.all([first.done, ...rest.map((r) => r.done)]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return count;
}

interface Driven {
  /** Settles when the worker has loaded its geoparser. */
  ready: Promise<void>;
  /** Settles when the queue is empty and this worker's last batch is back; rejects if it dies. */
  done: Promise<void>;
}

/** Feeds one worker batches until the queue is empty. */
function drive(
  worker: ArticleWorker,
  takeBatch: () => BatchMessage | null,
  options: PoolOptions,
): Driven {
  const { ready } = worker;
  const done = (async () => {
    await ready;
    for (let batch = takeBatch(); batch; batch = takeBatch()) {
      for (const { i, outcome } of await worker.process(batch)) options.onOutcome(i, outcome);
    }
  })();
  return { ready, done };
}
