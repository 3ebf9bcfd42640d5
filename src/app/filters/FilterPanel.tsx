import { memo, useId } from 'react';
import type { Article, Country } from '../../shared/corpus.ts';
import type { ViewState } from '../../shared/urlState.ts';
import type { CorpusIndex } from '../data/corpusIndex.ts';
import { ArticleSearch } from './ArticleSearch.tsx';
import { PlaceSearch } from './PlaceSearch.tsx';
import './filters.css';

/** Above this many articles a <select> is slow to lay out and to scan: a search box instead. */
const MAX_ARTICLE_OPTIONS = 500;

export interface FilterPanelProps {
  index: CorpusIndex;
  state: ViewState;
  /** `kind` names the control, so rapid edits of one control make one history step. */
  onChange: (patch: Partial<ViewState>, kind: string) => void;
}

/** Every filter of the view; each control reads and writes the URL-backed view state. */
export function FilterPanel({ index, state, onChange }: FilterPanelProps) {
  const id = useId();
  const { corpus, domain } = index;
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <PlaceSearch
        index={index}
        selectedIds={state.places}
        onAdd={(placeId) =>
          onChange({ places: [...state.places.filter((p) => p !== placeId), placeId] }, 'place')
        }
        onRemove={(placeId) =>
          onChange({ places: state.places.filter((p) => p !== placeId) }, 'place')
        }
      />
      <div className="filters__dates">
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={state.from ?? ''}
            min={domain?.start}
            max={state.to ?? domain?.end}
            onChange={(e) => {
              const from = e.target.value || null;
              // Moving From past To drags To along, so the range never turns inside out.
              const to = from !== null && state.to !== null && from > state.to ? from : state.to;
              onChange({ from, to }, 'dates');
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={state.to ?? ''}
            min={state.from ?? domain?.start}
            max={domain?.end}
            onChange={(e) => {
              const to = e.target.value || null;
              const from = to !== null && state.from !== null && to < state.from ? to : state.from;
              onChange({ from, to }, 'dates');
            }}
          />
        </div>
      </div>
      {corpus.articles.length > MAX_ARTICLE_OPTIONS ? (
        <ArticleSearch
          articles={corpus.articles}
          selectedId={state.article}
          onChange={(article) => onChange({ article }, 'article')}
        />
      ) : (
        <ArticleField
          id={`${id}-article`}
          articles={corpus.articles}
          value={state.article}
          onChange={onChange}
        />
      )}
      <CountryField
        id={`${id}-country`}
        countries={corpus.countries}
        value={state.country}
        onChange={onChange}
      />
      <div className="field">
        <label htmlFor={`${id}-q`}>Search events</label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder="Any words"
          value={state.q}
          onChange={(e) => onChange({ q: e.target.value }, 'q')}
        />
      </div>
      <div className="filters__checks">
        <label>
          <input
            type="checkbox"
            checked={state.hideDemonyms}
            onChange={(e) => onChange({ hideDemonyms: e.target.checked }, 'demonyms')}
          />
          Hide demonym-only mentions
        </label>
        <label>
          <input
            type="checkbox"
            checked={state.textDatedOnly}
            onChange={(e) => onChange({ textDatedOnly: e.target.checked }, 'dated')}
          />
          Only events dated by the text
        </label>
      </div>
    </form>
  );
}

interface SelectFieldProps {
  id: string;
  value: string | null;
  onChange: FilterPanelProps['onChange'];
}

// Memoised: React resets every option's selection each time a <select> element is updated, which
// a new onChange closure alone would do on every filter change.
const ArticleField = memo(function ArticleField({
  id,
  articles,
  value,
  onChange,
}: SelectFieldProps & { articles: readonly Article[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>Article</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange({ article: e.target.value || null }, 'article')}
      >
        <option value="">All articles</option>
        <ArticleOptions articles={articles} />
      </select>
    </div>
  );
});

const CountryField = memo(function CountryField({
  id,
  countries,
  value,
  onChange,
}: SelectFieldProps & { countries: readonly Country[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>Country</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange({ country: e.target.value || null }, 'country')}
      >
        <option value="">All countries</option>
        <CountryOptions countries={countries} />
      </select>
    </div>
  );
});

// The option lists depend on the corpus alone: memoised, a filter change does not revisit
// thousands of <option>s.
const ArticleOptions = memo(function ArticleOptions({
  articles,
}: {
  articles: readonly Article[];
}) {
  return articles.map((a) => (
    <option key={a.id} value={a.id}>
      {a.title || a.file}
    </option>
  ));
});

const CountryOptions = memo(function CountryOptions({
  countries,
}: {
  countries: readonly Country[];
}) {
  return [...countries]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => (
      <option key={c.code} value={c.code}>
        {c.name}
      </option>
    ));
});
