/**
 * Where a build finds the corpus it can splice its changes into (runPipeline.ts): the last one
 * written to the same file by this process (the CLI's --watch), kept in memory. The state is the
 * corpus as built from its articles' keys, whatever happened to the file since: the next build
 * writes the file whole again.
 */
import type { BuildState, LastBuilds } from '../corpus/runPipeline.ts';

export function lastBuildsInMemory(): LastBuilds {
  const states = new Map<string, BuildState>();
  return {
    get: (outFile) => states.get(outFile) ?? null,
    set(outFile, state) {
      if (state) states.set(outFile, state);
      else states.delete(outFile);
    },
  };
}
