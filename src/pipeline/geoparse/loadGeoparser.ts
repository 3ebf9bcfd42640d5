/**
 * Assembles the geoparser: the cached gazetteer index, the project's additions and rules, and
 * the recognise → resolve stages.
 */
import { fileURLToPath } from 'node:url';
import { applyAdditions, readAdditions, ruleBook } from '../gazetteer/additions.ts';
import { loadGazetteerIndex } from '../gazetteer/loadGazetteerIndex.ts';
import { recognise } from './recognise.ts';
import { resolve } from './resolve.ts';
import type { Geoparser } from './types.ts';

export interface GeoparserOptions {
  /** Where the built gazetteer index is cached. Default: `.cache/` at the project root. */
  cacheDir?: string;
  /** Default: `gazetteer/additions.json` at the project root. */
  additionsFile?: string;
  log?: (line: string) => void;
  /**
   * The index's cache key (`indexCacheKey`) when the caller has it: a worker is given its
   * parent's, rather than resolving the gazetteer's packages again (~40 ms of its start).
   */
  indexKey?: string;
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const DEFAULT_CACHE_DIR = `${projectRoot}.cache`;
export const DEFAULT_ADDITIONS_FILE = `${projectRoot}gazetteer/additions.json`;

export async function loadGeoparser(options: GeoparserOptions = {}): Promise<Geoparser> {
  const log = options.log ?? (() => {});
  const {
    gazetteer: index,
    built,
    ms,
  } = loadGazetteerIndex(options.cacheDir ?? DEFAULT_CACHE_DIR, log, options.indexKey);
  log(
    `gazetteer: ${index.size} places ${built ? 'built' : 'loaded from cache'} in ${Math.round(ms)} ms`,
  );
  const additions = readAdditions(options.additionsFile ?? DEFAULT_ADDITIONS_FILE);
  applyAdditions(index, additions);
  const rules = ruleBook(additions.rules);
  return {
    parse(text, articleId) {
      const { candidates, unknown } = recognise(text, articleId, index, rules);
      const { mentions, unresolved } = resolve(candidates, { index, rules, articleId });
      const all = [...unresolved, ...unknown.map((u) => ({ ...u, reason: 'no gazetteer entry' }))];
      all.sort((a, b) => a.start - b.start);
      return { mentions, unresolved: all };
    },
  };
}
