import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonyListItem, TestimonySort } from '../../../../shared/domain/testimony-query';
import type { CustomTerm } from '../../../../shared/domain/vocabularies';
import { useLanguage } from '../../app/use-language';
import { COLUMNS, ROW_HEIGHT } from './columns';
import { PlaceholderRow } from './placeholder-row';
import { TestimonyRow, rowCellId } from './testimony-row';
import type { TestimonyRows } from './use-testimony-rows';
import { rowAfterKey, rowsPerPage, scrollTopToReveal, virtualWindow } from './virtual-window';

interface TestimonyGridProps {
  /** Every testimony the search found, in order; their rows come from `rows` as they scroll into view. */
  ids: readonly string[];
  rows: TestimonyRows;
  matches: Readonly<Record<string, readonly string[]>>;
  /** The search the ids answer (highlighted in the rows). */
  query: string;
  /** Changes when the ids answer a different search, filter or sort: back to the top. */
  resultKey: string;
  sort: TestimonySort;
  onSort: (by: TestimonySort['by']) => void;
  onOpen: (item: TestimonyListItem) => void;
  customTerms: readonly CustomTerm[];
  labelledBy: string;
  describedBy: string;
  /** The list is kept (hidden) while a testimony is open, to come back where the person was. */
  hidden: boolean;
  busy: boolean;
  /** Id of the grid element (the scroll container that holds the focus). */
  id: string;
}

const OVERSCAN = 6;
/**
 * When a row in the window is missing, the rows this far beyond each edge are asked with it:
 * scrolling on then finds its next rows already there, and the list asks in batches, not a
 * row at a time.
 */
const FETCH_MARGIN = 24;

/**
 * The testimonies as an ARIA grid, virtualised: only rows in view are in the DOM. The grid
 * element keeps the keyboard focus and points at the active row with aria-activedescendant,
 * because rows come and go as the list scrolls: a focused row that scrolled out would take
 * the focus with it when React removed it. Navigation runs over every id: a row not fetched
 * yet is a placeholder that still has its place, its index and its label.
 */
export function TestimonyGrid({ ids, rows: rowSource, matches, query, resultKey, sort, onSort, onOpen, customTerms, labelledBy, describedBy, hidden, busy, id }: TestimonyGridProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const idPrefix = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const savedScroll = useRef(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [size, setSize] = useState({ viewport: 480, header: 40 });
  const [activeId, setActiveId] = useState<string | null>(null);
  const [shownKey, setShownKey] = useState(resultKey);

  // A new search, filter or sort starts again at the top, with no row active.
  if (shownKey !== resultKey) {
    setShownKey(resultKey);
    setActiveId(null);
    setScrollTop(0);
  }
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    savedScroll.current = 0;
  }, [resultKey]);

  // Back from a testimony: the same scroll position as when it was opened (a hidden element
  // loses its scroll offset).
  useLayoutEffect(() => {
    if (!hidden && scroller.current) scroller.current.scrollTop = savedScroll.current;
  }, [hidden]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      // While hidden the element has no size; keep the last one so the window stays right.
      if (element.clientHeight === 0) return;
      setSize({ viewport: element.clientHeight, header: header.current?.offsetHeight ?? 0 });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const { store, version } = rowSource;
  const generation = store.generation;
  const indexById = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids]);
  const activeIndex = activeId === null ? null : (indexById.get(activeId) ?? null);
  const bodyHeight = Math.max(ROW_HEIGHT, size.viewport - size.header);
  const view = virtualWindow({ scrollTop, viewportHeight: bodyHeight, rowHeight: ROW_HEIGHT, count: ids.length, overscan: OVERSCAN });
  const activeShown = activeIndex !== null && activeIndex >= view.start && activeIndex < view.end;

  // Ask the rows of the window that are missing or stale. After a failure, only Retry (a new
  // generation) asks again: asking on every render would hammer a failing core.
  useEffect(() => {
    if (store.error) return;
    let complete = true;
    for (let index = view.start; index < view.end && complete; index++) complete = store.view(ids[index]!).fresh;
    if (complete) return;
    void store.ensure(ids.slice(Math.max(0, view.start - FETCH_MARGIN), Math.min(ids.length, view.end + FETCH_MARGIN)));
  }, [store, version, generation, ids, view.start, view.end]);

  const reveal = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (!element) return;
      const target = scrollTopToReveal(index, element.scrollTop, bodyHeight, ROW_HEIGHT);
      if (target !== element.scrollTop) element.scrollTop = target;
    },
    [bodyHeight],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    // Keys on the sort buttons in the header are theirs.
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      if (activeIndex === null) return;
      event.preventDefault();
      // A row still loading opens once it is there (Enter again).
      const item = store.item(ids[activeIndex]!);
      if (item) onOpen(item);
      return;
    }
    const next = rowAfterKey(event.key, activeIndex, ids.length, rowsPerPage(bodyHeight, ROW_HEIGHT));
    if (next === null) return;
    event.preventDefault();
    setActiveId(ids[next]!);
    reveal(next);
  }

  function onFocus(event: FocusEvent<HTMLDivElement>): void {
    // Arriving on the list makes the first row in view the active one, so there is always
    // something for a screen reader to read and for Enter to open.
    if (event.target !== event.currentTarget || ids.length === 0) return;
    if (activeIndex !== null && activeShown) return;
    const first = Math.min(ids.length - 1, Math.ceil((scroller.current?.scrollTop ?? 0) / ROW_HEIGHT));
    setActiveId(ids[first]!);
  }

  const onRowClick = useCallback(
    (item: TestimonyListItem) => {
      setActiveId(item.id);
      onOpen(item);
    },
    [onOpen],
  );

  const rows = [];
  for (let index = view.start; index < view.end; index++) {
    const id = ids[index]!;
    const item = store.view(id).item;
    if (!item) {
      rows.push(<PlaceholderRow key={id} id={id} index={index} idPrefix={idPrefix} active={index === activeIndex} gone={item === null} />);
      continue;
    }
    rows.push(
      <TestimonyRow
        key={id}
        item={item}
        index={index}
        idPrefix={idPrefix}
        active={index === activeIndex}
        query={query}
        matched={matches[item.id]}
        language={language}
        customTerms={customTerms}
        onClick={onRowClick}
      />,
    );
  }

  return (
    <div
      ref={scroller}
      id={id}
      role="grid"
      tabIndex={0}
      className="list-grid"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-rowcount={ids.length + 1}
      aria-colcount={COLUMNS.length}
      aria-busy={busy}
      aria-activedescendant={activeShown ? rowCellId(idPrefix, ids[activeIndex]!, 'code') : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onScroll={(event) => {
        savedScroll.current = event.currentTarget.scrollTop;
        setScrollTop(event.currentTarget.scrollTop);
      }}
    >
      <div role="rowgroup" className="list-head" ref={header}>
        <div role="row" aria-rowindex={1} className="list-row-head">
          {COLUMNS.map((column) => {
            const label = t(`list.columns.${column.id}`);
            if (!('sort' in column)) {
              return (
                <div key={column.id} role="columnheader" className={`list-cell list-cell-${column.id}`}>
                  {label}
                </div>
              );
            }
            const sorted = sort.by === column.sort;
            return (
              <div
                key={column.id}
                role="columnheader"
                className={`list-cell list-cell-${column.id}`}
                aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.sort)}>
                  {label}
                  <SortArrow direction={sorted ? sort.direction : null} />
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="list-body" style={{ blockSize: view.totalHeight }}>
        {rows}
      </div>
    </div>
  );
}

/** The direction a column is sorted in; an unsorted sortable column shows both, faintly. */
function SortArrow({ direction }: { direction: 'asc' | 'desc' | null }) {
  return (
    <svg className={`sort-arrow${direction ? '' : ' sort-arrow-none'}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {direction === 'desc' ? <path d="M4 6l4 4 4-4" /> : direction === 'asc' ? <path d="M4 10l4-4 4 4" /> : <path d="M5 6.5l3-3 3 3M5 9.5l3 3 3-3" />}
    </svg>
  );
}
