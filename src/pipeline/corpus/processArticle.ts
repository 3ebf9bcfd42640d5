/**
 * The work done for one article: find its places, then its events. Pure, with plain data in and
 * out, so it can run in a worker thread and be cached by a hash of the article.
 */
import type { Article, Event } from '../../shared/corpus.ts';
import { extractEvents } from '../events/extractEvents.ts';
import type { ArticleGeoparse, Geoparser } from '../geoparse/types.ts';
import { beyondLimits } from './articleLimits.ts';

export interface ArticleResult {
  geoparse: ArticleGeoparse;
  events: Event[];
}

export function processArticle(article: Article, geoparser: Geoparser): ArticleResult {
  const geoparse = geoparser.parse(article.text, article.id);
  const placeMentions = geoparse.mentions.map((m) => ({
    placeId: m.place.gazetteerId,
    start: m.start,
    end: m.end,
  }));
  return { geoparse, events: extractEvents(article, placeMentions) };
}

/** A result, or why this one article could not be processed (plain data: it crosses threads). */
export type ArticleOutcome = { ok: true; result: ArticleResult } | { ok: false; reason: string };

/**
 * `processArticle` for a run over many articles: a text too big to process in bounded time, or a
 * bug that one odd text trips, is reported against that article, and the others still make the
 * corpus.
 */
export function tryProcessArticle(article: Article, geoparser: Geoparser): ArticleOutcome {
  const tooBig = beyondLimits(article.text);
  if (tooBig) return { ok: false, reason: tooBig };
  try {
    return { ok: true, result: processArticle(article, geoparser) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `could not be processed (a pipeline bug): ${message}` };
  }
}
