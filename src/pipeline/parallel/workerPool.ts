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
  const workers: Worker[] = [];
  const start = (n: number) => {
    const worker = options.script
      ? new Worker(options.script, { workerData: options.setup })
      : startTsWorker(new URL('./articleWorker.ts', import.meta.url), options.setup);
    workers.push(worker);
    return drive(worker, n, takeBatch, options);
  };
  try {
    // The others start once the first has its geoparser, so a missing or stale gazetteer cache is
    // built (and written) once rather than by every worker at the same time. On a warm cache this
    // costs one index load (well under a second) of the second worker's time.
    const first = start(0);
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
  worker: Worker,
  n: number,
  takeBatch: () => BatchMessage | null,
  options: PoolOptions,
): Driven {
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const done = new Promise<void>((resolve, reject) => {
    const sendNext = () => {
      const batch = takeBatch();
      if (batch) worker.postMessage(batch);
      else resolve();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'log') options.log(`worker ${n + 1}: ${message.line}`);
      else if (message.type === 'ready') {
        markReady();
        sendNext();
      } else {
        for (const { i, outcome } of message.outcomes) options.onOutcome(i, outcome);
        sendNext();
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker ${n + 1} stopped (exit code ${code})`)));
  });
  return { ready, done };
}
