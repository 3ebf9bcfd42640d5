/**
 * The corpus file's bytes: packed (schema v2), validated, in stable key order, with no timestamps
 * and a final newline. Validation is the app's fast check (corpusCheck.ts, held in agreement with
 * the zod schema by its test); zod runs only to name what is wrong.
 */
import type { Corpus } from '../../shared/corpus.ts';
import { isValidCorpusFile } from '../../shared/corpusCheck.ts';
import { parseCorpus, type CorpusFile } from '../../shared/corpusFile.ts';
import { packCorpus } from '../../shared/packCorpus.ts';

/**
 * Above this many articles the file is written without indentation: a person no longer reads or
 * diffs it, and indentation is a third of the bytes the app must download and parse (86 MB
 * against 60 MB for 10,000 articles in schema v1, from `npm run bench`).
 */
export const COMPACT_ABOVE_ARTICLES = 1000;

export function serializeCorpus(corpus: Corpus): string {
  return corpusText(packChecked(corpus));
}

/** The packed file of an assembled corpus; throws on what the app would refuse. */
export function packChecked(corpus: Corpus): CorpusFile {
  let file: CorpusFile;
  try {
    file = packCorpus(corpus);
  } catch (error) {
    throw bug(error instanceof Error ? error.message : String(error));
  }
  return checked(file);
}

/** A packed file, checked as the app will check it (e.g. one spliced by spliceCorpus.ts). */
export function checked(file: CorpusFile): CorpusFile {
  if (!isValidCorpusFile(file)) {
    const parsed = parseCorpus(file);
    throw bug(parsed.ok ? 'the fast check and the schema disagree' : parsed.error);
  }
  return file;
}

/** The file's text: indented while a person might read it, compact above that. */
export function corpusText(file: CorpusFile): string {
  const indent = file.articles.length > COMPACT_ABOVE_ARTICLES ? undefined : 2;
  return `${JSON.stringify(file, null, indent)}\n`;
}

// The stages upstream promise valid spans and ids, so a failure is a bug in one of them, not bad
// input: it stops the run rather than writing a corpus the app would refuse.
function bug(problem: string): Error {
  return new Error(`assembled corpus is invalid (a pipeline bug): ${problem}`);
}
