import { useEffect, useMemo, useRef } from 'react';
import type { Article } from '../../shared/corpus.ts';
import { formatDayRange } from '../data/formatDates.ts';
import { articleParts, type MentionSpan, type Segment } from './articleSegments.ts';
import './reader.css';

export interface ArticleReaderProps {
  article: Article;
  mentions: readonly MentionSpan[];
  /** The selected event's sentence in this article, marked and scrolled to. */
  sentence: { start: number; end: number } | null;
  selectedPlaceIds: ReadonlySet<string>;
  onSelectPlace: (placeId: string) => void;
  onClose: () => void;
}

function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // Only web links: a corpus must not be able to smuggle a javascript: URL into the page.
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function Segments({
  segments,
  selectedPlaceIds,
  onSelectPlace,
}: {
  segments: Segment[];
  selectedPlaceIds: ReadonlySet<string>;
  onSelectPlace: (placeId: string) => void;
}) {
  return segments.map((s) =>
    s.kind === 'text' ? (
      <span key={s.start}>{s.text}</span>
    ) : (
      <button
        key={s.start}
        type="button"
        className={`mention mention--${s.mention.form}${selectedPlaceIds.has(s.mention.placeId) ? ' is-selected' : ''}`}
        title={`${s.mention.placeName}${s.mention.form === 'demonym' ? ' (demonym)' : ''}: show on the map`}
        aria-pressed={selectedPlaceIds.has(s.mention.placeId)}
        onClick={() => onSelectPlace(s.mention.placeId)}
      >
        {s.text}
      </button>
    ),
  );
}

/** The full article as text, with every place mention a button and the event's sentence marked. */
export function ArticleReader({
  article,
  mentions,
  sentence,
  selectedPlaceIds,
  onSelectPlace,
  onClose,
}: ArticleReaderProps) {
  const parts = useMemo(
    () => articleParts(article.text, mentions, sentence),
    [article.text, mentions, sentence],
  );
  const sentenceRef = useRef<HTMLElement>(null);
  const href = safeHref(article.url);

  useEffect(
    function scrollToSentence() {
      sentenceRef.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
    },
    [article.id, sentence?.start],
  );

  return (
    <section className="reader" aria-label="Article">
      <header className="reader__header">
        <h2 id="reader-title" className="reader__title">
          {article.title || article.file}
        </h2>
        <button
          type="button"
          className="reader__close"
          onClick={onClose}
          aria-label="Close the article"
        >
          ×
        </button>
        <p className="reader__meta">
          {article.source && <span>{article.source}</span>}
          {article.published && <span>Published {formatDayRange(article.published)}</span>}
          {href && (
            <a href={href} target="_blank" rel="noopener noreferrer">
              Original article
            </a>
          )}
        </p>
      </header>
      <div className="reader__text" role="group" tabIndex={0} aria-label="Article text">
        <Segments
          segments={parts.before}
          selectedPlaceIds={selectedPlaceIds}
          onSelectPlace={onSelectPlace}
        />
        {parts.sentence.length > 0 && (
          <mark ref={sentenceRef} className="reader__sentence">
            <Segments
              segments={parts.sentence}
              selectedPlaceIds={selectedPlaceIds}
              onSelectPlace={onSelectPlace}
            />
          </mark>
        )}
        <Segments
          segments={parts.after}
          selectedPlaceIds={selectedPlaceIds}
          onSelectPlace={onSelectPlace}
        />
      </div>
    </section>
  );
}
