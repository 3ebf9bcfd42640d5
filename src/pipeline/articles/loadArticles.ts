/**
 * Builds corpus articles from a folder: each readable `.txt` with its sidecar (if any) and a
 * headline. An article whose sidecar is malformed is skipped rather than built from guesses.
 */
import path from 'node:path';
import type { Article } from '../../shared/corpus.ts';
import { findHeadline } from './headline.ts';
import { mapLimited } from '../io/mapLimited.ts';
import {
  READ_CONCURRENCY,
  readArticles,
  type ArticleFile,
  type SkippedFile,
} from './readArticles.ts';
import { publishedRange, readSidecar, type Sidecar } from './sidecar.ts';

export interface LoadedArticles {
  articles: Article[];
  skipped: SkippedFile[];
}

export async function loadArticles(dir: string): Promise<LoadedArticles> {
  const folder = await readArticles(dir);
  const articles: Article[] = [];
  const skipped = [...folder.skipped];
  const sidecars = await mapLimited(folder.articles, READ_CONCURRENCY, (file) =>
    readSidecar(path.join(dir, file.file)),
  );
  folder.articles.forEach((file, i) => {
    const sidecar = sidecars[i];
    if (!sidecar) return;
    if (sidecar.ok) articles.push(toArticle(file, sidecar.sidecar));
    else skipped.push({ file: file.file, reason: sidecar.reason });
  });
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, skipped };
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
