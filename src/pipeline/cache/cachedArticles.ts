/**
 * Between reading a folder and processing it: each article whose files are unchanged since an
 * earlier run (same name, text and sidecar bytes, same pipeline version) is rebuilt from the cache
 * with its result, with no sidecar check, headline search or geoparse; the others are built from
 * their sidecars (that code, with zod and date-fns, is loaded only if one is needed). After the
 * run, `storeFresh` adds the new results to the cache.
 */
import type { Article } from '../../shared/corpus.ts';
import {
  isRead,
  type ArticleFolderView,
  type RawArticleFolder,
  type SkippedFile,
} from '../articles/readArticles.ts';
import type { ArticleResult } from '../corpus/processArticle.ts';
import type { ArticleCache } from './articleCache.ts';

export interface PreparedArticles {
  articles: Article[];
  /** The cached result of each article, by position; null where it must be processed. */
  known: (ArticleResult | null)[];
  /** Each article's cache key (null without a cache). */
  keys: (string | null)[];
  /** Articles refused before processing (a bad sidecar), with the folder's unreadable files. */
  skipped: SkippedFile[];
}

export async function prepareArticles(
  folder: RawArticleFolder,
  cache: ArticleCache | undefined,
  keys: readonly (string | null)[] = articleKeys(folder, cache),
): Promise<PreparedArticles> {
  const prepared: PreparedArticles = {
    articles: [],
    known: [],
    keys: [],
    skipped: [...folder.skipped],
  };
  let build: typeof import('../articles/loadArticles.ts').buildArticle | undefined;
  for (const [i, raw] of folder.articles.entries()) {
    const key = keys[i] ?? null;
    const hit = key === null ? null : (cache?.get(key, raw.text) ?? null);
    let article: Article;
    if (hit) {
      // Field by field in toArticle's order, so the corpus bytes match a fresh build's.
      const { title, source, url, published } = hit.meta;
      article = { id: raw.id, file: raw.file, title, source, url, published, text: raw.text };
    } else {
      build ??= (await import('../articles/loadArticles.ts')).buildArticle;
      const built = build(raw);
      if (!built.ok) {
        prepared.skipped.push({ file: raw.file, reason: built.reason });
        continue;
      }
      article = built.article;
    }
    prepared.articles.push(article);
    prepared.known.push(hit?.result ?? null);
    prepared.keys.push(key);
  }
  prepared.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return prepared;
}

/** Each article's cache key, by position (all null without a cache). */
export function articleKeys(
  folder: ArticleFolderView,
  cache: ArticleCache | undefined,
): (string | null)[] {
  return folder.articles.map((a) => (!cache ? null : isRead(a) ? cache.keyOf(a) : a.key));
}

/**
 * Caches the results made in this run, then lets the cache drop what no article uses now: no key
 * but those of `inUse`, every article of the folder (the prepared ones may be only some of them).
 */
export function storeFresh(
  cache: ArticleCache,
  prepared: PreparedArticles,
  fresh: readonly { index: number; result: ArticleResult }[],
  inUse: readonly (string | null)[] = prepared.keys,
): void {
  const entries = fresh.flatMap(({ index, result }) => {
    const key = prepared.keys[index];
    const article = prepared.articles[index];
    if (!key || !article) return [];
    const { title, source, url, published } = article;
    return [
      { key, value: { meta: { title, source, url, published }, result }, text: article.text },
    ];
  });
  cache.set(entries);
  cache.retain(new Set(inUse.filter((k): k is string => k !== null)));
}
