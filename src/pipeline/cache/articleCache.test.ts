import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/corpus.ts';
import type { ArticleResult } from '../corpus/processArticle.ts';
import { articleKey, createDiskCache } from './articleCache.ts';

const article: Article = {
  id: 'a1',
  file: 'a1.txt',
  title: 'Fighters Leave Raqqa',
  source: null,
  url: null,
  published: null,
  text: 'Fighters left Raqqa on 12 September 2017.',
};
const result: ArticleResult = { geoparse: { mentions: [], unresolved: [] }, events: [] };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chronomap-cache-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('articleKey', () => {
  it('changes with the text, any sidecar-derived field, the id and the pipeline version', () => {
    const key = articleKey(article, 'v1');
    expect(articleKey({ ...article }, 'v1')).toBe(key);
    expect(articleKey({ ...article, text: `${article.text} ` }, 'v1')).not.toBe(key);
    expect(articleKey({ ...article, title: 'Other' }, 'v1')).not.toBe(key);
    expect(articleKey({ ...article, url: 'https://example.org/' }, 'v1')).not.toBe(key);
    expect(articleKey({ ...article, id: 'a2' }, 'v1')).not.toBe(key);
    expect(articleKey(article, 'v2')).not.toBe(key);
  });
});

describe('createDiskCache', () => {
  it('returns what was stored for the same article and version, and nothing otherwise', async () => {
    const cache = createDiskCache(dir, 'v1');
    expect(await cache.get(article)).toBeNull();
    await cache.set(article, result);
    expect(await cache.get(article)).toEqual(result);
    expect(await cache.get({ ...article, text: 'Changed.' })).toBeNull();
    expect(await createDiskCache(dir, 'v2').get(article)).toBeNull();
  });

  it('reads a damaged entry as a miss and leaves no temporary files', async () => {
    const cache = createDiskCache(dir, 'v1');
    await cache.set(article, result);
    const sub = readdirSync(dir)[0] as string;
    const file = path.join(dir, sub, readdirSync(path.join(dir, sub))[0] as string);
    expect(path.basename(file)).not.toMatch(/\.tmp-/);
    writeFileSync(file, '{"key": "truncated');
    expect(await cache.get(article)).toBeNull();
    writeFileSync(file, JSON.stringify({ key: articleKey(article, 'v1'), result: { events: 1 } }));
    expect(await cache.get(article)).toBeNull();
  });
});
