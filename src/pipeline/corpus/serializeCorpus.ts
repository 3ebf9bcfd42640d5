/** The corpus file's bytes: stable key order (as the schema builds it), no timestamps, final newline. */
import type { Corpus } from '../../shared/corpus.ts';

export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
