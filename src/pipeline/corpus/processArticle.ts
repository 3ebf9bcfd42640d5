/**
 * The work done for one article: find its places, then its events. Pure, with plain data in and
 * out, so it can later run in a worker thread and be cached by a hash of the article.
 */
import type { Article, Event } from '../../shared/corpus.ts';
import { extractEvents } from '../events/extractEvents.ts';
import type { ArticleGeoparse, Geoparser } from '../geoparse/types.ts';

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
