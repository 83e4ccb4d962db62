import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMNS, ROW_HEIGHT } from './columns';
import { rowCellId } from './testimony-row';

interface PlaceholderRowProps {
  /** The testimony whose row this stands for. */
  id: string;
  index: number;
  idPrefix: string;
  active: boolean;
  /** The core no longer has this testimony (deleted after the search ran). */
  gone: boolean;
}

/**
 * A row whose testimony is being fetched: it keeps its place, its position in the grid and
 * the id the grid's aria-activedescendant points at, so moving through the list (End, Page
 * Down) never waits for the rows in between, and a screen reader hears which row is loading.
 */
export const PlaceholderRow = memo(function PlaceholderRow({ id, index, idPrefix, active, gone }: PlaceholderRowProps) {
  const { t } = useTranslation();
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy={!gone}
      className={`list-row list-row-placeholder${active ? ' list-row-active' : ''}`}
      style={{ insetBlockStart: index * ROW_HEIGHT }}
      data-placeholder-index={index}
    >
      {gone ? (
        // One cell across the row: the sentence does not fit the code column.
        <div role="rowheader" id={rowCellId(idPrefix, id, 'code')} className="list-cell list-cell-gone">
          {t('list.rowGone', { n: index + 1 })}
        </div>
      ) : (
        COLUMNS.map((column, position) =>
          position === 0 ? (
            <div key={column.id} role="rowheader" id={rowCellId(idPrefix, id, 'code')} className={`list-cell list-cell-${column.id}`}>
              <span className="visually-hidden">{t('list.rowLoading', { n: index + 1 })}</span>
              <span className="placeholder-bar" aria-hidden="true" />
            </div>
          ) : (
            <div key={column.id} role="gridcell" className={`list-cell list-cell-${column.id}`}>
              <span className="placeholder-bar" aria-hidden="true" />
            </div>
          ),
        )
      )}
    </div>
  );
});
