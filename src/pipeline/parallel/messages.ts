/** What the pool and its article workers say to each other (all plain, structured-cloneable data). */
import type { Article } from '../../shared/corpus.ts';
import type { ArticleOutcome } from '../corpus/processArticle.ts';

export interface WorkerSetup {
  cacheDir?: string;
  additionsFile?: string;
  /** The gazetteer index's cache key, as this thread found it (see loadGeoparser). */
  indexKey?: string;
}

/** Pool → worker. */
export interface BatchMessage {
  type: 'batch';
  items: { i: number; article: Article }[];
}

/** Worker → pool. */
export type WorkerMessage =
  | { type: 'log'; line: string }
  | { type: 'ready' }
  | { type: 'done'; outcomes: { i: number; outcome: ArticleOutcome }[] };
