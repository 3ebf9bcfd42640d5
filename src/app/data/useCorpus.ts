import { useEffect, useState } from 'react';
import { CORPUS_URL, loadCorpus, type CorpusLoad } from './loadCorpus.ts';

let started: Promise<CorpusLoad> | null = null;

/**
 * Starts loading the corpus, once per page. main.tsx calls it before React's first render, so a
 * large file downloads while the app starts instead of after.
 */
export function startCorpusLoad(): Promise<CorpusLoad> {
  started ??= loadCorpus().catch((error: unknown): CorpusLoad => ({
    status: 'invalid',
    url: CORPUS_URL,
    error: String(error),
  }));
  return started;
}

/** The corpus load's state: 'loading' until the page's one load settles. */
export function useCorpus(): CorpusLoad {
  const [load, setLoad] = useState<CorpusLoad>({ status: 'loading' });
  useEffect(function followCorpusLoad() {
    let mounted = true;
    void startCorpusLoad().then((result) => {
      if (mounted) setLoad(result);
    });
    return function ignoreCorpusLoad() {
      mounted = false;
    };
  }, []);
  return load;
}
