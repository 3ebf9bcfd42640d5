/**
 * Fetches, validates and unpacks the corpus file. Every way this can fail becomes a value the shell can show,
 * so the page never goes blank: missing file, unreadable JSON, or a file the schema rejects.
 */
import type { Corpus } from '../../shared/corpus.ts';
import { isValidCorpusFile } from '../../shared/corpusCheck.ts';
import { unpackCorpus } from '../../shared/packCorpus.ts';

export type CorpusLoad =
  | { status: 'loading' }
  | { status: 'ready'; corpus: Corpus }
  | { status: 'missing'; url: string; detail: string }
  | { status: 'invalid'; url: string; error: string };

/** Relative to the page, so the app works from any base path. */
export const CORPUS_URL = 'data/corpus.json';

export async function loadCorpus(
  url: string = CORPUS_URL,
  signal?: AbortSignal,
): Promise<CorpusLoad> {
  let response: Response;
  try {
    response = await fetch(url, { signal, cache: 'no-cache' });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: 'missing', url, detail: `the request failed (${String(error)})` };
  }
  if (!response.ok) {
    return {
      status: 'missing',
      url,
      detail: `the server answered ${response.status} ${response.statusText}`.trim(),
    };
  }
  const body = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'invalid', url, error: `not valid JSON (${reason})` };
  }
  // The fast check passes every valid corpus; zod (loaded only now) names what is wrong.
  if (isValidCorpusFile(json)) return { status: 'ready', corpus: unpackCorpus(json) };
  const { parseCorpus } = await import('../../shared/corpusFile.ts');
  const parsed = parseCorpus(json);
  return parsed.ok
    ? { status: 'ready', corpus: parsed.corpus }
    : { status: 'invalid', url, error: parsed.error };
}
