import { useEffect, useState } from 'react';
import { loadCorpus, type CorpusLoad } from './loadCorpus.ts';

/** Loads the corpus once per mount; aborts the request if the component goes away first. */
export function useCorpus(): CorpusLoad {
  const [load, setLoad] = useState<CorpusLoad>({ status: 'loading' });
  useEffect(function fetchCorpus() {
    const controller = new AbortController();
    loadCorpus(undefined, controller.signal).then(setLoad, (error: unknown) => {
      if (!controller.signal.aborted) {
        setLoad({ status: 'invalid', url: 'data/corpus.json', error: String(error) });
      }
    });
    return function abortCorpusFetch() {
      controller.abort();
    };
  }, []);
  return load;
}
