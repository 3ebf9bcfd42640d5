import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface SearchComboboxProps<T> {
  label: string;
  placeholder: string;
  /** The listbox's accessible name, e.g. "Matching places". */
  listLabel: string;
  /** Shown as the only row when the query matches nothing. */
  noMatch: string;
  /** The options for a non-empty query, best first. */
  search: (query: string) => readonly T[];
  optionKey: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  onPick: (item: T) => void;
}

/**
 * A text box with a list of suggestions (ARIA 1.2 combobox, list autocomplete): arrows move
 * through the options, Enter picks, Escape closes. Shared by the place and article filters.
 */
export function SearchCombobox<T>({
  label,
  placeholder,
  listLabel,
  noMatch,
  search,
  optionKey,
  renderOption,
  onPick,
}: SearchComboboxProps<T>) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const expanded = open && query.trim() !== '';
  const matches = useMemo(() => (query.trim() === '' ? [] : search(query)), [search, query]);

  function pick(item: T) {
    onPick(item);
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
      const item = matches[active];
      if (item !== undefined) pick(item);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <>
      <label htmlFor={`${listId}-input`}>{label}</label>
      <div className="place-search__box">
        <input
          id={`${listId}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder={placeholder}
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
          aria-label={listLabel}
          className="place-search__options"
          hidden={!expanded}
        >
          {matches.length === 0 && expanded && <li className="place-search__none">{noMatch}</li>}
          {expanded &&
            matches.map((item, k) => (
              <li
                key={optionKey(item)}
                id={`${listId}-${k}`}
                role="option"
                aria-selected={k === active}
                className={k === active ? 'is-active' : undefined}
                // mousedown, not click: it fires before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(item);
                }}
              >
                {renderOption(item)}
              </li>
            ))}
        </ul>
      </div>
    </>
  );
}
