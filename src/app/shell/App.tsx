import { useCorpus } from '../data/useCorpus.ts';
import { Explorer } from './Explorer.tsx';
import {
  EmptyCorpusScreen,
  InvalidCorpusScreen,
  LoadingScreen,
  MissingCorpusScreen,
} from './StatusScreens.tsx';

/** Chooses the screen for each state of the corpus load; the explorer only sees a valid corpus. */
export function App() {
  const load = useCorpus();
  switch (load.status) {
    case 'loading':
      return <LoadingScreen />;
    case 'missing':
      return <MissingCorpusScreen url={load.url} detail={load.detail} />;
    case 'invalid':
      return <InvalidCorpusScreen url={load.url} error={load.error} />;
    case 'ready':
      return load.corpus.articles.length === 0 ? (
        <EmptyCorpusScreen />
      ) : (
        <Explorer corpus={load.corpus} />
      );
  }
}
