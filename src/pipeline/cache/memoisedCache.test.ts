/**
 * The --watch cache: decoded results are kept between builds, and a build that reuses them writes
 * the same bytes as a build from scratch.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exactNameGeoparser } from '../corpus/testing/exactNameGeoparser.ts';
import { EXIT_OK, runPipeline } from '../corpus/runPipeline.ts';
import { lineProgress } from '../io/progress.ts';
import { createDiskCache, type ArticleCache, type CachedArticle } from './articleCache.ts';
import { memoisedCache } from './memoisedCache.ts';

const seeds = path.resolve(import.meta.dirname, '../../../seeds');

let tmp: string;
let articlesDir: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chronomap-memo-'));
  articlesDir = path.join(tmp, 'articles');
  cpSync(seeds, articlesDir, { recursive: true });
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A stand-in store that counts what it is asked. */
function countingCache(): ArticleCache & { gets: number; stored: Map<string, CachedArticle> } {
  const stored = new Map<string, CachedArticle>();
  const cache = {
    gets: 0,
    stored,
    keyOf: () => 'k',
    get(key: string) {
      cache.gets++;
      return stored.get(key) ?? null;
    },
    set(entries: readonly { key: string; value: CachedArticle }[]) {
      for (const e of entries) stored.set(e.key, e.value);
    },
    retain(keys: ReadonlySet<string>) {
      for (const key of stored.keys()) if (!keys.has(key)) stored.delete(key);
    },
  };
  return cache;
}

const result = (title: string): CachedArticle => ({
  meta: { title, source: null, url: null, published: null },
  result: { geoparse: { mentions: [], unresolved: [] }, events: [] },
});

describe('memoisedCache', () => {
  it('decodes an entry once, keeps what it stores, and lets go of what no article uses', () => {
    const inner = countingCache();
    inner.stored.set('a', result('A'));
    const memo = memoisedCache(inner);
    expect(memo.get('a', '')).toBe(memo.get('a', ''));
    expect(inner.gets).toBe(1);
    expect(memo.get('missing', '')).toBeNull();
    expect(memo.get('missing', '')).toBeNull();
    expect(inner.gets).toBe(3); // a miss is asked again: the entry may have been written since

    memo.set([{ key: 'b', value: result('B'), text: '' }]);
    expect(memo.get('b', '')?.meta.title).toBe('B');
    expect(inner.gets).toBe(3);

    memo.retain(new Set(['b']));
    inner.stored.set('a', result('A again'));
    expect(memo.get('a', '')?.meta.title).toBe('A again');
  });

  it('rebuilds after a change exactly as a build from scratch does', async () => {
    const lines: string[] = [];
    const effects = {
      log: (line: string) => lines.push(line),
      progress: (total: number) => lineProgress(total, () => {}),
    };
    const watched = memoisedCache(createDiskCache(path.join(tmp, 'cache'), 'v1'));
    const out = path.join(tmp, 'watched.json');
    const build = (cache: ArticleCache | undefined, file: string) =>
      runPipeline(
        { articlesDir, outFile: file, strict: false },
        { loadGeoparser: async () => exactNameGeoparser, cache, effects },
      );

    expect(await build(watched, out)).toBe(EXIT_OK);
    appendFileSync(
      path.join(articlesDir, '002_478985300681bf0c.txt'),
      '\nIraq and Syria, again.\n',
    );
    writeFileSync(
      path.join(articlesDir, 'new.txt'),
      'Turkey Closes Border\n\nIn Turkey, guards.\n',
    );
    expect(await build(watched, out)).toBe(EXIT_OK);
    expect(lines.filter((l) => l.startsWith('done:')).at(-1)).toMatch(
      /^done: 2 processed, 4 from the cache/,
    );

    const fresh = path.join(tmp, 'fresh.json');
    expect(await build(undefined, fresh)).toBe(EXIT_OK);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(fresh, 'utf8'));
    expect(readFileSync(out, 'utf8')).toContain('Turkey Closes Border');
  });
});
