/**
 * Where a build finds the corpus it can splice its changes into (runPipeline.ts):
 * - on disk, the output file itself, when its output record (outputRecord.ts) holds the key of
 *   each of its articles and the file is still as that build left it (its SHA-256);
 * - in memory, the last one this process wrote (the CLI's --watch), which saves parsing the file
 *   again. That state is the corpus as built from its articles' keys, whatever happened to the
 *   file since: the next build writes the file whole again.
 */
import { SCHEMA_VERSION } from '../../shared/schemaVersion.ts';
import type { CorpusFile } from '../../shared/corpusFile.ts';
import type { BuildState, LastBuilds } from '../corpus/runPipeline.ts';
import type { OutputRecords } from './outputRecord.ts';

export function lastBuildsOnDisk(outputs: OutputRecords): LastBuilds {
  return {
    get(outFile) {
      const last = outputs.lastBuild(outFile);
      if (!last) return null;
      let file: Partial<CorpusFile>;
      try {
        file = JSON.parse(last.bytes.toString('utf8')) as Partial<CorpusFile>;
      } catch {
        return null;
      }
      // The file as the record describes it; the spliced corpus is checked whole before writing.
      const { articles } = file;
      if (
        file.schemaVersion !== SCHEMA_VERSION ||
        !Array.isArray(articles) ||
        articles.length !== last.articles.size ||
        !articles.every((a) => last.articles.has(a.id))
      ) {
        return null;
      }
      return { file: file as CorpusFile, keys: last.articles };
    },
    // The output record, written with the file, is the state.
    set: () => {},
  };
}

/** The last state set, else what `behind` has. */
export function lastBuildsInMemory(behind?: LastBuilds): LastBuilds {
  const states = new Map<string, BuildState | null>();
  return {
    get(outFile) {
      const state = states.get(outFile);
      return state !== undefined ? state : (behind?.get(outFile) ?? null);
    },
    set(outFile, state) {
      states.set(outFile, state);
      behind?.set(outFile, state);
    },
  };
}
