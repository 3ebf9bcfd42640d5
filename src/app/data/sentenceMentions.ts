/**
 * Which places a sentence names and which it only evokes by demonym ("Syrian"), found from the
 * places' mention spans. Mentions are grouped by article and sorted once, so each event looks
 * only at the mentions inside its own span (a binary search, then a short walk).
 *
 * The groups are columns of typed arrays, not an object per mention: this runs on load, and at
 * 109,000 events (159,000 mentions) making the objects took about 90 ms in Node, and collecting
 * them added to the load's garbage collection.
 */

/** What the grouping reads of a place: its mentions (the corpus's places are these). */
interface MentionedPlace {
  mentions: readonly { articleId: string; start: number; end: number; form: string }[];
}

/** Every mention, grouped by article and sorted by start within each. */
export interface ArticleMentions {
  /** Article a's mentions are at positions [offset[a], offset[a + 1]). */
  offset: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** The mentioned place's index. */
  place: Int32Array;
  /** 1 when the mention is the place's name, 0 when a demonym. */
  named: Uint8Array;
}

/** The mentions of `places` by article index (mentions of unknown articles are left out). */
export function mentionsByArticle(
  places: readonly MentionedPlace[],
  articleIndex: ReadonlyMap<string, number>,
): ArticleMentions {
  const articles = articleIndex.size;
  let total = 0;
  for (const p of places) total += p.mentions.length;
  // Each mention's article, once: counted, then placed.
  const articleOf = new Int32Array(total);
  const offset = new Int32Array(articles + 1);
  let k = 0;
  for (const p of places) {
    for (const m of p.mentions) {
      const a = articleIndex.get(m.articleId) ?? -1;
      articleOf[k++] = a;
      if (a >= 0) offset[a + 1] = (offset[a + 1] as number) + 1;
    }
  }
  for (let a = 0; a < articles; a++)
    offset[a + 1] = (offset[a + 1] as number) + (offset[a] as number);
  const count = offset[articles] as number;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const place = new Int32Array(count);
  const named = new Uint8Array(count);
  const next = offset.slice(0, articles);
  k = 0;
  places.forEach((p, pi) => {
    for (const m of p.mentions) {
      const a = articleOf[k++] as number;
      if (a < 0) continue;
      const at = next[a] as number;
      next[a] = at + 1;
      start[at] = m.start;
      end[at] = m.end;
      place[at] = pi;
      named[at] = m.form === 'name' ? 1 : 0;
    }
  });
  for (let a = 0; a < articles; a++) {
    sortByStart(start, end, place, named, offset[a] as number, offset[a + 1] as number);
  }
  return { offset, start, end, place, named };
}

/**
 * Sorts positions [lo, hi) of the columns by start, stably (equal starts keep place order).
 * An article has tens of mentions: an insertion sort, unless it has many.
 */
function sortByStart(
  start: Int32Array,
  end: Int32Array,
  place: Int32Array,
  named: Uint8Array,
  lo: number,
  hi: number,
): void {
  if (hi - lo > 64) {
    const order = Array.from({ length: hi - lo }, (_, i) => lo + i).sort(
      (a, b) => (start[a] as number) - (start[b] as number) || a - b,
    );
    const columns = [start, end, place, named] as const;
    for (const column of columns) {
      const copy = Array.from(order, (i) => column[i] as number);
      column.set(copy, lo);
    }
    return;
  }
  for (let i = lo + 1; i < hi; i++) {
    const s = start[i] as number;
    const e = end[i] as number;
    const p = place[i] as number;
    const n = named[i] as number;
    let j = i - 1;
    for (; j >= lo && (start[j] as number) > s; j--) {
      start[j + 1] = start[j] as number;
      end[j + 1] = end[j] as number;
      place[j + 1] = place[j] as number;
      named[j + 1] = named[j] as number;
    }
    start[j + 1] = s;
    end[j + 1] = e;
    place[j + 1] = p;
    named[j + 1] = n;
  }
}

/** The positions of article `a`'s mentions, [first, last); empty for an unknown article. */
export function mentionsOfArticle(mentions: ArticleMentions, a: number): [number, number] {
  if (a < 0 || a + 1 >= mentions.offset.length) return [0, 0];
  return [mentions.offset[a] as number, mentions.offset[a + 1] as number];
}

/** The first position in [first, last) whose mention starts at or after `offset`. */
export function firstMentionFrom(
  mentions: ArticleMentions,
  first: number,
  last: number,
  offset: number,
): number {
  let lo = first;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions.start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when the place occurs inside a span only as demonyms, reading the article's mentions from
 * `from` (`firstMentionFrom` the span's start) up to `last` (the article's end) and stopping at
 * the span's `end`. Allocates nothing: it runs for every event→place link of a corpus.
 */
export function onlyDemonymsInSpan(
  mentions: ArticleMentions,
  from: number,
  last: number,
  end: number,
  place: number,
): boolean {
  let seen = false;
  for (let k = from; k < last; k++) {
    if ((mentions.start[k] as number) >= end) break;
    if (mentions.place[k] !== place || (mentions.end[k] as number) > end) continue;
    if (mentions.named[k] === 1) return false;
    seen = true;
  }
  return seen;
}
