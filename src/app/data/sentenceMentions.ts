/**
 * Which places a sentence names and which it only evokes by demonym ("Syrian"), found from the
 * places' mention spans. Mentions are grouped by article and sorted once, so each event looks
 * only at the mentions inside its own span (a binary search, then a short walk).
 */
import type { Corpus } from '../../shared/corpus.ts';

export interface ArticleMention {
  start: number;
  end: number;
  place: number;
  named: boolean;
}

/** Per article index: its mentions sorted by start. */
export function mentionsByArticle(
  corpus: Corpus,
  articleIndex: ReadonlyMap<string, number>,
): ArticleMention[][] {
  const byArticle: ArticleMention[][] = corpus.articles.map(() => []);
  corpus.places.forEach((p, place) => {
    for (const m of p.mentions) {
      byArticle[articleIndex.get(m.articleId) ?? -1]?.push({
        start: m.start,
        end: m.end,
        place,
        named: m.form === 'name',
      });
    }
  });
  for (const list of byArticle) list.sort((a, b) => a.start - b.start);
  return byArticle;
}

/**
 * True when the place occurs inside [start, end) only as demonyms; `from` is
 * `firstStartingAtOrAfter(mentions, start)`. Allocates nothing: it runs for every event→place link of
 * a corpus.
 */
export function onlyDemonymsInSpan(
  mentions: readonly ArticleMention[],
  from: number,
  end: number,
  place: number,
): boolean {
  let seen = false;
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.start >= end) break;
    if (m.place !== place || m.end > end) continue;
    if (m.named) return false;
    seen = true;
  }
  return seen;
}
