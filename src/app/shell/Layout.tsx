import type { KeyboardEvent, ReactNode } from 'react';

export type PanelId = 'events' | 'map' | 'timeline' | 'article';

export interface LayoutProps {
  isPhone: boolean;
  tab: PanelId;
  onTab: (tab: PanelId) => void;
  header: ReactNode;
  notice: ReactNode;
  filters: ReactNode;
  /** Shown on the phone's collapsed filters, so narrowed results are never a surprise. */
  activeFilters: number;
  map: ReactNode;
  events: ReactNode;
  timeline: ReactNode;
  /** Null when no article is open. */
  reader: ReactNode | null;
}

const TABS: { id: PanelId; label: string }[] = [
  { id: 'events', label: 'Events' },
  { id: 'map', label: 'Map' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'article', label: 'Article' },
];

/**
 * Desktop: filters across the top, map and events side by side, timeline below, the article as a
 * panel on the right. Phone: the events list first, the other views behind tabs. Every panel
 * stays mounted in both, so the map keeps its state when hidden.
 */
export function Layout({
  activeFilters,
  isPhone,
  tab,
  onTab,
  header,
  notice,
  filters,
  map,
  events,
  timeline,
  reader,
}: LayoutProps) {
  // On a desktop the panels are landmarks, except the article's: the reader inside it is the
  // "Article" region already.
  const panel = (id: PanelId, label: string | null, content: ReactNode) => {
    const phoneProps = isPhone
      ? { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, hidden: tab !== id }
      : label
        ? { 'aria-label': label }
        : {};
    return (
      <section className={`panel panel--${id}`} {...phoneProps}>
        {content}
      </section>
    );
  };

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>, i: number) {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(i + step + TABS.length) % TABS.length];
    if (!next) return;
    onTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  }

  return (
    <div
      className={`app ${isPhone ? 'app--phone' : 'app--desktop'}${reader ? ' app--reading' : ''}`}
    >
      <header className="app__header">{header}</header>
      {notice}
      {isPhone ? (
        <details className="app__filters-toggle">
          <summary>Filters{activeFilters > 0 ? ` (${activeFilters} on)` : ''}</summary>
          {filters}
        </details>
      ) : (
        filters
      )}
      <main className="app__main">
        {isPhone && (
          <div role="tablist" aria-label="Views" className="tabs">
            {TABS.map((t, i) => (
              <button
                key={t.id}
                id={`tab-${t.id}`}
                type="button"
                role="tab"
                aria-selected={tab === t.id}
                aria-controls={`panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => onTab(t.id)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {t.label}
              </button>
            ))}
          </div>
        )}
        {panel('map', 'Map and places', map)}
        {panel('events', 'Event list', events)}
        {panel('timeline', 'Timeline', timeline)}
        {(reader || isPhone) &&
          panel(
            'article',
            null,
            reader ?? <p className="panel__hint">Select an event to read its article.</p>,
          )}
      </main>
    </div>
  );
}
