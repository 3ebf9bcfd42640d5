/**
 * An article cache that keeps what it decoded, for a process that builds more than once (the
 * CLI's --watch). Decoding 10,000 cached results costs about a second each run; with this, a
 * rebuild after one article changed decodes nothing but reads that one article's new result.
 * Results are never mutated downstream (assembly copies what it keeps), so sharing them between
 * runs is safe; runPipeline.test.ts checks a memoised rebuild against a fresh build, byte for byte.
 */
import type { ArticleCache, CachedArticle } from './articleCache.ts';

export function memoisedCache(inner: ArticleCache): ArticleCache {
  const decoded = new Map<string, CachedArticle>();
  return {
    keyOf: (raw) => inner.keyOf(raw),
    get(key, text) {
      const known = decoded.get(key);
      if (known) return known;
      const value = inner.get(key, text);
      if (value) decoded.set(key, value);
      return value;
    },
    set(entries) {
      inner.set(entries);
      for (const { key, value } of entries) decoded.set(key, value);
    },
    retain(keys) {
      inner.retain(keys);
      // What no article uses now is let go, so memory follows the folder, not its history.
      for (const key of decoded.keys()) if (!keys.has(key)) decoded.delete(key);
    },
  };
}
