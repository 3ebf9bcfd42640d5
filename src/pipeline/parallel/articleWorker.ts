/**
 * A worker thread's body: loads its own geoparser (a gazetteer index cannot be shared between
 * isolates cheaply), then processes the batches of articles the pool sends it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tryProcessArticle } from '../corpus/processArticle.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import type { BatchMessage, WorkerMessage, WorkerSetup } from './messages.ts';

const port = parentPort;
if (!port) throw new Error('articleWorker.ts must run in a worker thread');
const say = (message: WorkerMessage) => port.postMessage(message);

const setup = workerData as WorkerSetup;
const geoparser = await loadGeoparser({ ...setup, log: (line) => say({ type: 'log', line }) });
port.on('message', (message: BatchMessage) => {
  say({
    type: 'done',
    outcomes: message.items.map(({ i, article }) => ({
      i,
      outcome: tryProcessArticle(article, geoparser),
    })),
  });
});
say({ type: 'ready' });
