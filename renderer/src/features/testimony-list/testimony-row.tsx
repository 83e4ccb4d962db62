import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../shared/domain/edtf';
import type { TestimonyListItem } from '../../../../shared/domain/testimony-query';
import { TESTIMONY_STATUS_INFO, type CustomTerm } from '../../../../shared/domain/vocabularies';
import { en } from '../../i18n/en';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { CompletenessCell, ConsentCell, NotRecorded, WarningsCell } from './cells';
import { ROW_HEIGHT } from './columns';
import { Highlight } from './highlight';
import { joinList, languageName } from './list-format';

type FieldName = keyof typeof en.list.fields;
const isFieldName = (field: string): field is FieldName => Object.hasOwn(en.list.fields, field);

export interface TestimonyRowProps {
  item: TestimonyListItem;
  index: number;
  /** Id prefix of this grid's rows (unique per grid). */
  idPrefix: string;
  active: boolean;
  /** The search this row answers: what its code and title highlight. */
  query: string;
  /** Fields where the search matched (core field names). */
  matched: readonly string[] | undefined;
  language: Language;
  customTerms: readonly CustomTerm[];
  onClick: (item: TestimonyListItem) => void;
}

export function rowCellId(idPrefix: string, id: string, cell: 'code' | 'title' | 'status' | 'completeness'): string {
  return `${idPrefix}-${id}-${cell}`;
}

/**
 * One testimony in the list. Memoised: scrolling re-renders the grid, and only rows that
 * enter the window (or change) need to render again.
 */
export const TestimonyRow = memo(function TestimonyRow({ item, index, idPrefix, active, query, matched, language, customTerms, onClick }: TestimonyRowProps) {
  const { t } = useTranslation();
  const cell = (name: 'code' | 'title' | 'status' | 'completeness') => rowCellId(idPrefix, item.id, name);
  const status = TESTIMONY_STATUS_INFO[item.status].labels[language];
  const interview = item.firstInterview ? formatEdtf(item.firstInterview, language) : null;
  const languages = item.languages.length > 0 ? joinList(item.languages.map((code) => languageName(code, language)), language) : null;
  const found = (matched ?? []).map((field) => (isFieldName(field) ? t(`list.fields.${field}`) : field === 'transcripts' ? t('transcripts.search.field') : field));
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`list-row${active ? ' list-row-active' : ''}`}
      style={{ insetBlockStart: index * ROW_HEIGHT }}
      data-testimony-code={item.code}
      onClick={() => onClick(item)}
    >
      {/* The row header is what moving through the list lands on; it reads out the title, status and completeness too. */}
      <div role="rowheader" id={cell('code')} className="list-cell list-cell-code" aria-describedby={`${cell('title')} ${cell('status')} ${cell('completeness')}`}>
        <span className="list-cell-value" dir="auto">
          <Highlight text={item.code} query={query} />
        </span>
      </div>
      <div role="gridcell" id={cell('title')} className="list-cell list-cell-title">
        <span className="list-row-title list-cell-value" dir="auto" title={item.title}>
          <Highlight text={item.title} query={query} />
        </span>
        {found.length > 0 ? <span className="list-row-found">{t('list.foundIn', { fields: joinList(found, language) })}</span> : null}
      </div>
      <div role="gridcell" id={cell('status')} className="list-cell list-cell-status">
        <span className={`status-badge status-badge-${item.status}`} title={status}>
          {status}
        </span>
      </div>
      {/* A cell too narrow for its value shows the whole of it on hover. */}
      <div role="gridcell" className="list-cell list-cell-interview" title={interview ?? undefined}>
        {interview ?? <NotRecorded />}
      </div>
      <div role="gridcell" className="list-cell list-cell-languages" title={languages ?? undefined}>
        {languages ?? <NotRecorded />}
      </div>
      <div role="gridcell" className="list-cell list-cell-number list-cell-people">
        {formatNumber(item.peopleCount, language)}
      </div>
      <div role="gridcell" className="list-cell list-cell-number list-cell-files">
        {formatNumber(item.mediaCount, language)}
      </div>
      <div role="gridcell" id={cell('completeness')} className="list-cell list-cell-completeness">
        <CompletenessCell missing={item.missing} language={language} />
      </div>
      <div role="gridcell" className="list-cell list-cell-consent">
        <ConsentCell granted={item.consentGranted} withdrawn={item.consentWithdrawn} language={language} />
      </div>
      <div role="gridcell" className="list-cell list-cell-warnings">
        <WarningsCell warnings={item.contentWarnings} language={language} customTerms={customTerms} />
      </div>
    </div>
  );
});
