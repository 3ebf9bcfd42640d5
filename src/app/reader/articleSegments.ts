/**
 * Cuts an article's text into plain runs and place mentions, with the current event's sentence
 * as its own part, so the reader can render React text nodes and <mark>s: never HTML.
 */

export interface MentionSpan {
  start: number;
  end: number;
  placeId: string;
  placeName: string;
  form: 'name' | 'demonym';
}

export type Segment =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'mention'; start: number; text: string; mention: MentionSpan };

export interface ArticleParts {
  before: Segment[];
  /** The highlighted sentence; empty when there is none. */
  sentence: Segment[];
  after: Segment[];
}

/** Mentions sorted by start; one that overlaps an earlier one is dropped (first wins). */
export function nonOverlapping(mentions: readonly MentionSpan[]): MentionSpan[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MentionSpan[] = [];
  let reached = 0;
  for (const m of sorted) {
    if (m.start >= reached && m.end > m.start) {
      out.push(m);
      reached = m.end;
    }
  }
  return out;
}

function segmentRange(
  text: string,
  mentions: readonly MentionSpan[],
  from: number,
  to: number,
): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.end <= from || m.start >= to) continue;
    const start = Math.max(m.start, from);
    const end = Math.min(m.end, to);
    if (start > at) out.push({ kind: 'text', start: at, text: text.slice(at, start) });
    out.push({ kind: 'mention', start, text: text.slice(start, end), mention: m });
    at = end;
  }
  if (at < to) out.push({ kind: 'text', start: at, text: text.slice(at, to) });
  return out;
}

export function articleParts(
  text: string,
  mentions: readonly MentionSpan[],
  sentence: { start: number; end: number } | null,
): ArticleParts {
  const clean = nonOverlapping(mentions);
  if (!sentence || sentence.start >= sentence.end || sentence.end > text.length) {
    return { before: segmentRange(text, clean, 0, text.length), sentence: [], after: [] };
  }
  return {
    before: segmentRange(text, clean, 0, sentence.start),
    sentence: segmentRange(text, clean, sentence.start, sentence.end),
    after: segmentRange(text, clean, sentence.end, text.length),
  };
}
