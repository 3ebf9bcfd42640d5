/**
 * Per-article results on disk, keyed by a content hash, so a rebuild reprocesses only the
 * articles that changed. The key covers the article as the pipeline sees it (id, text and every
 * sidecar-derived field) and the pipeline version; a damaged or foreign entry reads as a miss.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../shared/corpus.ts';
import type { ArticleResult } from '../corpus/processArticle.ts';

export interface ArticleCache {
  get(article: Article): Promise<ArticleResult | null>;
  set(article: Article, result: ArticleResult): Promise<void>;
}

export function articleKey(article: Article, version: string): string {
  const hash = createHash('sha256');
  hash.update(version);
  hash.update('\u0000');
  // Fields listed one by one, so a new Article field must be added here on purpose.
  hash.update(
    JSON.stringify([
      article.id,
      article.file,
      article.title,
      article.source,
      article.url,
      article.published,
      article.text,
    ]),
  );
  return hash.digest('hex');
}

interface Entry {
  key: string;
  result: ArticleResult;
}

export function createDiskCache(dir: string, version: string): ArticleCache {
  const fileFor = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(article) {
      const key = articleKey(article, version);
      let raw: string;
      try {
        raw = await readFile(fileFor(key), 'utf8');
      } catch {
        return null;
      }
      try {
        const entry = JSON.parse(raw) as Partial<Entry>;
        return entry.key === key && isResult(entry.result) ? entry.result : null;
      } catch {
        return null;
      }
    },
    async set(article, result) {
      const key = articleKey(article, version);
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a killed run leaves whole entries or none.
      const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        await writeFile(temp, JSON.stringify({ key, result } satisfies Entry));
        await rename(temp, file);
      } finally {
        await rm(temp, { force: true });
      }
    },
  };
}

/** Enough of a shape check that a truncated or hand-edited entry is not trusted. */
function isResult(value: unknown): value is ArticleResult {
  if (typeof value !== 'object' || value === null) return false;
  const { geoparse, events } = value as Partial<ArticleResult>;
  return (
    Array.isArray(events) &&
    typeof geoparse === 'object' &&
    geoparse !== null &&
    Array.isArray(geoparse.mentions) &&
    Array.isArray(geoparse.unresolved)
  );
}
