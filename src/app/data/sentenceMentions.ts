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

function firstAtOrAfter(mentions: readonly ArticleMention[], start: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid]?.start ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The places mentioned inside [start, end), each with true when at least one mention names it
 * and false when every mention there is a demonym.
 */
export function formsInSpan(
  mentions: readonly ArticleMention[],
  start: number,
  end: number,
): Map<number, boolean> {
  const forms = new Map<number, boolean>();
  for (let k = firstAtOrAfter(mentions, start); k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.start >= end) break;
    if (m.end <= end) forms.set(m.place, (forms.get(m.place) ?? false) || m.named);
  }
  return forms;
}
