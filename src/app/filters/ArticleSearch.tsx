import { useCallback, useMemo } from 'react';
import type { Article } from '../../shared/corpus.ts';
import { SearchCombobox } from './SearchCombobox.tsx';

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
  const lowerTitles = useMemo(() => articles.map((a) => titleOf(a).toLowerCase()), [articles]);
  const search = useCallback(
    (query: string) => {
      const q = query.trim().toLowerCase();
      const out: number[] = [];
      for (let i = 0; i < lowerTitles.length && out.length < LIMIT; i++) {
        if (lowerTitles[i]?.includes(q)) out.push(i);
      }
      return out;
    },
    [lowerTitles],
  );
  const selected = selectedId === null ? undefined : articles.find((a) => a.id === selectedId);

  return (
    <div className="place-search article-search">
      <SearchCombobox
        label="Article"
        placeholder={`Any of ${articles.length}`}
        listLabel="Matching articles"
        noMatch="No article title matches"
        search={search}
        optionKey={(i) => (articles[i] as Article).id}
        renderOption={(i) => titleOf(articles[i] as Article)}
        onPick={(i) => {
          const article = articles[i];
          if (article) onChange(article.id);
        }}
      />
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
