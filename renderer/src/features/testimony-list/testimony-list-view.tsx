import { useCallback, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonyListItem, TestimonySort } from '../../../../shared/domain/testimony-query';
import { useModifierShortcut } from '../../app/use-shortcut';
import { ErrorText } from '../../ui/error-text';
import { EmptyState } from './empty-state';
import { FiltersPanel } from './filters-panel';
import { EMPTY_FILTERS, INITIAL_LIST_STATE, activeFilterCount, nextSort, toQuery, type ListFilters } from './list-query';
import { RecordsActions } from './records-actions';
import { RecordsImportOutcome } from './records-import-outcome';
import { SearchBox } from './search-box';
import { SortControls } from './sort-controls';
import { TestimonyGrid } from './testimony-grid';
import { useCustomTerms } from './use-custom-terms';
import { useDebounced } from './use-debounced';
import { useRecordsImport } from './use-records-import';
import { useTestimonyQuery } from './use-testimony-query';
import { useTestimonyRows } from './use-testimony-rows';
import type { TranscriptFocus } from '../originals/transcript-focus';

/** Languages offered in the language filter even before a testimony uses them. */
const USUAL_LANGUAGES = ['ar', 'en', 'ckb', 'kmr', 'fa', 'tr'];
const SEARCH_DELAY_MS = 250;
/** Rows asked with a search's answer, before it is shown: the first screen of any window. */
const FIRST_SCREEN_ROWS = 40;

/** Languages to offer: the usual ones, those of the rows seen so far (the list never holds every row), the chosen one. */
function languageChoices(seenRows: readonly TestimonyListItem[], chosen: string): string[] {
  const seen = new Set(USUAL_LANGUAGES);
  for (const item of seenRows) for (const code of item.languages) seen.add(code);
  if (chosen !== '') seen.add(chosen);
  return [...seen];
}

interface TestimonyListViewProps {
  /** Hidden while a testimony is open: the list keeps its search, filters, sort and scroll. */
  hidden: boolean;
  /** Bumped when something the list shows may have changed (an edit, an import): the search runs again and rows are fetched anew. */
  reloadToken: number;
  /** Records were imported from a file (the home bumps `reloadToken`). */
  onRecordsImported: () => void;
  /** `hit`: the first transcript paragraph the search found in it, where the testimony opens (else null). */
  onOpen: (item: TestimonyListItem, hit: TranscriptFocus | null) => void;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Id of the grid, to give it the focus back. */
  gridId: string;
  /** The "Add testimony" action. */
  actions: ReactNode;
}

/**
 * The testimony list: search, filters, sort, the virtualised grid, and records in and out.
 * A search answers ids only (one `testimonies.query` per change); the rows come by id, as
 * they scroll into view, from the row store.
 */
export function TestimonyListView({ hidden, reloadToken, onRecordsImported, onOpen, headingId, headingRef, gridId, actions }: TestimonyListViewProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(INITIAL_LIST_STATE.text);
  const [filters, setFilters] = useState<ListFilters>(INITIAL_LIST_STATE.filters);
  const [sort, setSort] = useState<TestimonySort>(INITIAL_LIST_STATE.sort);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [retries, setRetries] = useState(0);
  const searchField = useRef<HTMLInputElement>(null);
  const customTerms = useCustomTerms();

  // Typing waits for a pause; everything else (a checkbox, a sort) applies at once.
  const settledText = useDebounced(text, SEARCH_DELAY_MS);
  const settledPlace = useDebounced(filters.place, SEARCH_DELAY_MS);
  const query = toQuery({ text: settledText, filters: { ...filters, place: settledPlace }, sort });
  const generation = reloadToken + retries;
  const rows = useTestimonyRows(generation);
  const { store } = rows;
  const firstRows = useCallback((ids: readonly string[]) => store.ensure(ids.slice(0, FIRST_SCREEN_ROWS)), [store]);
  const state = useTestimonyQuery(query, generation, firstRows);
  const recordsImport = useRecordsImport(onRecordsImported);

  const focusSearch = useCallback(() => {
    if (hidden) return;
    searchField.current?.focus();
    searchField.current?.select();
  }, [hidden]);
  useModifierShortcut('KeyF', focusSearch);

  const ids = state.result?.ids;
  // A hit in a transcript opens the testimony at that paragraph (the first one found).
  const paragraphs = state.result?.paragraphs;
  const openItem = useCallback((item: TestimonyListItem) => onOpen(item, paragraphs?.[item.id]?.[0] ?? null), [onOpen, paragraphs]);
  const activeFilters = activeFilterCount(filters);
  const searching = settledText.trim() !== '';
  const narrowed = searching || activeFilters > 0;
  const error = state.error ?? store.error;

  const count = ids === undefined ? t('list.loading') : t(narrowed ? 'list.countFiltered' : 'list.count', { n: ids.length });
  const filtersId = `${headingId}-filters`;
  const hintId = `${headingId}-hint`;

  return (
    <section className="list-view" hidden={hidden} aria-labelledby={headingId}>
      <header className="list-header">
        <div className="list-title">
          <h1 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('home.testimonies')}
          </h1>
          <p className="list-count" role="status">
            {count}
          </p>
        </div>
        <div className="list-actions">
          <RecordsActions importing={recordsImport.state.name === 'busy'} onImport={recordsImport.start} />
          {actions}
        </div>
      </header>

      <RecordsImportOutcome state={recordsImport.state} onDismiss={recordsImport.dismiss} />

      <div className="list-toolbar">
        <SearchBox value={text} onChange={setText} inputRef={searchField} />
        <div className="list-toolbar-end">
          <button type="button" className="button-quiet" aria-expanded={filtersOpen} aria-controls={filtersOpen ? filtersId : undefined} onClick={() => setFiltersOpen((open) => !open)}>
            {t('list.filters')}
            {activeFilters > 0 ? <span className="filter-count">{t('list.filtersActive', { n: activeFilters })}</span> : null}
          </button>
          {activeFilters > 0 ? (
            <button type="button" className="button-link" onClick={() => setFilters(EMPTY_FILTERS)}>
              {t('list.clearFilters')}
            </button>
          ) : null}
          <SortControls sort={sort} onChange={setSort} />
        </div>
      </div>

      {filtersOpen ? <FiltersPanel id={filtersId} filters={filters} onChange={setFilters} customTerms={customTerms} languages={languageChoices(store.items(), filters.language)} /> : null}

      {error ? (
        <div className="list-error">
          <p>{t('home.loadFailed')}</p>
          <ErrorText error={error} />
          <button type="button" className="button-secondary" onClick={() => setRetries((r) => r + 1)}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}

      {ids !== undefined && ids.length === 0 ? (
        <EmptyState
          narrowed={narrowed}
          searching={searching}
          filtered={activeFilters > 0}
          onClearSearch={() => {
            setText('');
            searchField.current?.focus();
          }}
          onClearFilters={() => setFilters(EMPTY_FILTERS)}
        />
      ) : null}

      {ids !== undefined && ids.length > 0 ? (
        <>
          <TestimonyGrid
            id={gridId}
            ids={ids}
            rows={rows}
            matches={state.result?.matches ?? {}}
            query={state.answeredText}
            resultKey={state.answeredKey}
            sort={sort}
            onSort={(by) => setSort((current) => nextSort(current, by))}
            onOpen={openItem}
            customTerms={customTerms}
            labelledBy={headingId}
            describedBy={hintId}
            hidden={hidden}
            busy={state.loading}
          />
          <p className="list-hint" id={hintId}>
            {t('list.gridHint')}
          </p>
        </>
      ) : null}
    </section>
  );
}
