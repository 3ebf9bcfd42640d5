/** The corpus file's bytes: stable key order (as the schema builds it), no timestamps, final newline. */
import type { Corpus } from '../../shared/corpus.ts';

/**
 * Above this many articles the file is written without indentation: a person no longer reads or
 * diffs it, and indentation is a third of the bytes the app must download and parse (86 MB
 * against 60 MB for 10,000 articles, from `npm run bench`).
 */
export const COMPACT_ABOVE_ARTICLES = 1000;

export function serializeCorpus(corpus: Corpus): string {
  const indent = corpus.articles.length > COMPACT_ABOVE_ARTICLES ? undefined : 2;
  return `${JSON.stringify(corpus, null, indent)}\n`;
}
