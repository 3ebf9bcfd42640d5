import { memo, useId } from 'react';
import type { Article, Country } from '../../shared/corpus.ts';
import type { ViewState } from '../../shared/urlState.ts';
import type { CorpusIndex } from '../data/corpusIndex.ts';
import { memoByObject } from '../memo/memoByObject.ts';
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
        <SelectField
          id={`${id}-article`}
          field="article"
          label="Article"
          anyLabel="All articles"
          choices={articleChoices(corpus.articles)}
          value={state.article}
          onChange={onChange}
        />
      )}
      <SelectField
        id={`${id}-country`}
        field="country"
        label="Country"
        anyLabel="All countries"
        choices={countryChoices(corpus.countries)}
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

interface Choice {
  value: string;
  label: string;
}

// The choices depend on the corpus alone: made once per list, so that the field's memo holds.
const articleChoices = memoByObject((articles: readonly Article[]): Choice[] =>
  articles.map((a) => ({ value: a.id, label: a.title || a.file })),
);
const countryChoices = memoByObject((countries: readonly Country[]): Choice[] =>
  [...countries]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ value: c.code, label: c.name })),
);

interface SelectFieldProps {
  id: string;
  /** The view state's field the select sets; also the history kind of its changes. */
  field: 'article' | 'country';
  label: string;
  /** The first option's label, for no filter. */
  anyLabel: string;
  choices: readonly Choice[];
  value: string | null;
  onChange: FilterPanelProps['onChange'];
}

/**
 * A select over one field of the view state. Memoised, as are its options: React resets every
 * option's selection each time a <select> element updates, which a new onChange closure alone
 * would do on every filter change, and the list may hold hundreds.
 */
const SelectField = memo(function SelectField({
  id,
  field,
  label,
  anyLabel,
  choices,
  value,
  onChange,
}: SelectFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          const picked = e.target.value || null;
          onChange(field === 'article' ? { article: picked } : { country: picked }, field);
        }}
      >
        <option value="">{anyLabel}</option>
        <Options choices={choices} />
      </select>
    </div>
  );
});

const Options = memo(function Options({ choices }: { choices: readonly Choice[] }) {
  return choices.map((c) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  ));
});
