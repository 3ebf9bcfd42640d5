import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Article } from '../../shared/corpus.ts';

export interface ArticleSearchProps {
  articles: readonly Article[];
  selectedId: string | null;
  onChange: (articleId: string | null) => void;
}

const LIMIT = 8;

const titleOf = (a: Article) => a.title || a.file;

/**
 * The article filter for large corpora: a combobox (ARIA 1.2 list autocomplete) over the titles,
 * in place of a <select> whose 10,000 options took most of a second to lay out. The picked
 * article shows as a removable chip.
 */
export function ArticleSearch({ articles, selectedId, onChange }: ArticleSearchProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const lowerTitles = useMemo(() => articles.map((a) => titleOf(a).toLowerCase()), [articles]);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const out: number[] = [];
    if (q === '') return out;
    for (let i = 0; i < lowerTitles.length && out.length < LIMIT; i++) {
      if (lowerTitles[i]?.includes(q)) out.push(i);
    }
    return out;
  }, [lowerTitles, query]);
  const expanded = open && query.trim() !== '';
  const selected = selectedId === null ? undefined : articles.find((a) => a.id === selectedId);

  function pick(i: number) {
    const article = articles[i];
    if (!article) return;
    onChange(article.id);
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && expanded) {
      e.preventDefault();
      const i = matches[active];
      if (i !== undefined) pick(i);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="place-search article-search">
      <label htmlFor={`${listId}-input`}>Article</label>
      <div className="place-search__box">
        <input
          id={`${listId}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder={`Any of ${articles.length}`}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && matches.length > 0 ? `${listId}-${active}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Matching articles"
          className="place-search__options"
          hidden={!expanded}
        >
          {matches.length === 0 && expanded && (
            <li className="place-search__none">No article title matches</li>
          )}
          {expanded &&
            matches.map((i, k) => {
              const a = articles[i] as Article;
              return (
                <li
                  key={a.id}
                  id={`${listId}-${k}`}
                  role="option"
                  aria-selected={k === active}
                  className={k === active ? 'is-active' : undefined}
                  // mousedown, not click: it fires before the input's blur closes the list.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(i);
                  }}
                >
                  {titleOf(a)}
                </li>
              );
            })}
        </ul>
      </div>
      {selectedId !== null && (
        <ul className="chips" aria-label="Selected article">
          <li>
            <button
              type="button"
              className="chip"
              onClick={() => onChange(null)}
              aria-label={`Remove article ${selected ? titleOf(selected) : selectedId}`}
            >
              {selected ? titleOf(selected) : selectedId} <span aria-hidden="true">×</span>
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
