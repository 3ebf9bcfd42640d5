/**
 * Builds corpus articles from a folder: each readable `.txt` with its sidecar (if any) and a
 * headline. An article whose sidecar is malformed is skipped rather than built from guesses.
 * Loads zod and date-fns (for the sidecar check), so a run served from the cache imports this
 * module only for the articles that missed it.
 */
import type { Article } from '../../shared/corpus.ts';
import { findHeadline } from './headline.ts';
import {
  readArticleFolder,
  type ArticleFile,
  type RawArticle,
  type SkippedFile,
} from './readArticles.ts';
import { parseSidecarFile, publishedRange, type Sidecar } from './sidecar.ts';

export interface LoadedArticles {
  articles: Article[];
  skipped: SkippedFile[];
}

export async function loadArticles(dir: string): Promise<LoadedArticles> {
  const folder = readArticleFolder(dir);
  const articles: Article[] = [];
  const skipped = [...folder.skipped];
  for (const raw of folder.articles) {
    const built = buildArticle(raw);
    if (built.ok) articles.push(built.article);
    else skipped.push({ file: raw.file, reason: built.reason });
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, skipped };
}

export type BuiltArticle = { ok: true; article: Article } | { ok: false; reason: string };

/** Pure: an article file with its sidecar's bytes as a corpus article, or why it is skipped. */
export function buildArticle(raw: RawArticle): BuiltArticle {
  const sidecar = parseSidecarFile(raw.sidecar);
  if (!sidecar.ok) return { ok: false, reason: sidecar.reason };
  return { ok: true, article: toArticle(raw, sidecar.sidecar) };
}

/** Pure: an article file and its sidecar as a corpus article. */
export function toArticle(file: ArticleFile, sidecar: Sidecar | null): Article {
  return {
    id: file.id,
    file: file.file,
    // With no headline at all (a text of one short line), the id still names the article.
    title: sidecar?.title ?? findHeadline(file.text) ?? file.id,
    source: sidecar?.source ?? null,
    url: sidecar?.url ?? null,
    published: sidecar?.published ? publishedRange(sidecar.published) : null,
    text: file.text,
  };
}
