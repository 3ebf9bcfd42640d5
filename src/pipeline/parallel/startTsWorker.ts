/**
 * Starts a worker thread on a TypeScript module. Under `tsx` the main thread can import .ts, but
 * a worker starts with a bare loader (and Node 20 ignores `--import` in a worker's execArgv), so
 * the worker registers tsx's loader itself before importing the module.
 */
import { Worker } from 'node:worker_threads';

export function startTsWorker(module: URL, workerData: unknown): Worker {
  // The ESM entry: tsx's CommonJS build of this API cannot register an ESM loader from a worker.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `
    import(${JSON.stringify(tsxApi)})
      .then((api) => { api.register(); return import(${JSON.stringify(module.href)}); })
      .catch((error) => { setImmediate(() => { throw error; }); });
  `;
  return new Worker(bootstrap, { eval: true, workerData });
}
