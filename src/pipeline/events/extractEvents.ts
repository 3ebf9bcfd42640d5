/**
 * The events stage: the sentences of an article that say something happened somewhere or at some
 * time, each with the places it mentions and an honest date.
 *
 * Rules (the issue leaves these to us):
 * - An event is a sentence with at least one place mention inside it or at least one temporal
 *   expression that resolves to an interval.
 * - Its date is the first resolved expression that is not about the future, in text order: news
 *   sentences lead with the time of the main clause ("In recent weeks, there have been..."), and a
 *   later expression usually qualifies a detail. With only future expressions, the first one
 *   dates it and `future` is true (the app shows those apart). An expression is future when its
 *   clause says so ("2015 will witness") or its interval starts after publication.
 * - "The next year" and its kin resolve against the last year the article stated outright, if
 *   that was at most ANCHOR_REACH sentences back (the sentence it continues); otherwise they
 *   date nothing.
 * - A sentence with a place but no date is dated by publication, `dateBasis: 'published'`
 *   ("reported on"); without a publication range it is undated.
 * - "recently", "a recent interview", "now", "soon" date nothing by themselves: publication
 *   already says "reported on", and any tighter bound we gave them would be invented.
 * - Not events: a one-word line (a section label such as "Syria"), and a sentence repeated
 *   word for word later in the article after its first occurrence (photo captions repeat the
 *   lead; the headline repeats in the standfirst).
 * - Event ids are `${articleId}:${start}`: stable across rebuilds of the same text, unique in
 *   the corpus because article ids are.
 */
import type { Article, DateRange, Event } from '../../shared/corpus.ts';
import { firstStartingAtOrAfter } from '../../shared/sortedSpans.ts';
import { splitSentences } from './sentences.ts';
import { recogniseTemporalExpressions } from './temporal/recognise.ts';
import { explicitYear, resolveTemporalExpression } from './temporal/resolve.ts';

export interface PlaceMentionRef {
  placeId: string;
  /** UTF-16 offsets into the article text, end exclusive. */
  start: number;
  end: number;
}

/** How many sentences back a stated year still anchors "the next year". */
const ANCHOR_REACH = 3;

interface DatedExpression {
  date: DateRange;
  future: boolean;
}

/** Resolves a sentence's expressions in order, carrying the narrative's year along. */
class SentenceDater {
  private anchor: { year: number; sentence: number } | null = null;

  constructor(private readonly published: Article['published']) {}

  date(sentence: string, sentenceIndex: number): DatedExpression[] {
    const dated: DatedExpression[] = [];
    for (const expression of recogniseTemporalExpressions(sentence)) {
      const anchorYear =
        this.anchor && sentenceIndex - this.anchor.sentence <= ANCHOR_REACH
          ? this.anchor.year
          : null;
      const date = resolveTemporalExpression(expression, { published: this.published, anchorYear });
      if (!date) continue;
      const { value } = expression;
      const stated =
        value.kind === 'anchored-year' && anchorYear !== null
          ? anchorYear + value.offset
          : explicitYear(value);
      if (stated !== null) this.anchor = { year: stated, sentence: sentenceIndex };
      const afterPublication = this.published !== null && date.start > this.published.end;
      dated.push({ date, future: expression.future || afterPublication });
    }
    return dated;
  }
}

/** The ids of the places mentioned within [start, end), in text order, each once. */
function placesWithin(byStart: readonly PlaceMentionRef[], start: number, end: number): string[] {
  const ids = new Set<string>();
  for (let i = firstStartingAtOrAfter(byStart, start); i < byStart.length; i++) {
    const m = byStart[i];
    if (!m || m.start > end) break;
    if (m.end <= end) ids.add(m.placeId);
  }
  return [...ids];
}

/** A line of one word ("Syria", "Conflict") labels a section; it reports nothing. */
function isLabel(sentence: string): boolean {
  return !/\s/u.test(sentence);
}

function publicationDate(published: DateRange): DateRange {
  return { ...published, text: `published ${published.text}` };
}

export function extractEvents(
  article: Article,
  placeMentions: readonly PlaceMentionRef[],
): Event[] {
  const dater = new SentenceDater(article.published);
  const events: Event[] = [];
  const seen = new Set<string>();
  // Sorted once (a stable sort, so equal starts keep their order), searched for each sentence.
  const mentionsByStart = [...placeMentions].sort((a, b) => a.start - b.start);
  splitSentences(article.text).forEach((sentence, index) => {
    const dated = dater.date(sentence.text, index);
    const placeIds = placesWithin(mentionsByStart, sentence.start, sentence.end);
    if (dated.length === 0 && placeIds.length === 0) return;
    if (isLabel(sentence.text) || seen.has(sentence.text)) return;
    seen.add(sentence.text);

    const chosen = dated.find((d) => !d.future) ?? dated[0];
    const base = {
      id: `${article.id}:${sentence.start}`,
      articleId: article.id,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      placeIds,
    };
    if (chosen) {
      events.push({ ...base, date: chosen.date, dateBasis: 'text', future: chosen.future });
    } else if (article.published) {
      events.push({
        ...base,
        date: publicationDate(article.published),
        dateBasis: 'published',
        future: false,
      });
    } else {
      events.push({ ...base, date: null, dateBasis: null, future: false });
    }
  });
  return events;
}
