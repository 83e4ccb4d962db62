import { useTranslation } from 'react-i18next';
import { LineInput } from '../form/line-input';
import { SelectInput } from '../form/select-input';
import { citationDraft, type CitationDraft } from '../logic/event-draft';
import type { Problems } from '../logic/problems';
import { dropRow, patchRow } from '../logic/rows';
import { useRecord } from '../record-context';

interface CitationsEditorProps {
  rows: readonly CitationDraft[];
  onChange: (rows: CitationDraft[]) => void;
  problems: Problems;
}

/** The parts of this testimony's files that support the event: a file, from, to, and a note. */
export function CitationsEditor({ rows, onChange, problems }: CitationsEditorProps) {
  const { t } = useTranslation();
  const { media } = useRecord();
  const setRow = (index: number, change: Partial<CitationDraft>) => onChange(patchRow(rows, index, change));
  return (
    <fieldset className="rows-editor">
      <legend>{t('events.citations')}</legend>
      <p className="field-hint">{media.length > 0 ? t('events.citationsHint') : t('consent.noFilesYet')}</p>
      {rows.map((row, index) => (
        <div key={row.key} className="row-item">
          <p className="row-title">{t('events.citationN', { n: index + 1 })}</p>
          <div className="form-grid">
            <SelectInput
              label={t('events.citationFile')}
              value={row.mediaId}
              onChange={(mediaId) => setRow(index, { mediaId })}
              options={media.map((m) => ({ value: m.id, label: m.originalName }))}
              emptyLabel={t('record.terms.choose')}
              problem={problems[`citations.${index}.mediaId`]}
            />
            <LineInput
              label={t('events.citationStart')}
              value={row.start}
              onChange={(start) => setRow(index, { start })}
              dir="ltr"
              hint={t('record.offsetHint')}
              problem={problems[`citations.${index}.startSeconds`]}
            />
            <LineInput label={t('events.citationEnd')} value={row.end} onChange={(end) => setRow(index, { end })} dir="ltr" problem={problems[`citations.${index}.endSeconds`]} />
            <LineInput label={t('events.citationNote')} value={row.note} onChange={(note) => setRow(index, { note })} problem={problems[`citations.${index}.note`]} />
          </div>
          <button type="button" className="button-quiet row-remove" onClick={() => onChange(dropRow(rows, index))}>
            {t('events.removeCitation', { n: index + 1 })}
          </button>
        </div>
      ))}
      {media.length > 0 ? (
        <button type="button" className="button-quiet" onClick={() => onChange([...rows, citationDraft(media.length === 1 ? media[0]!.id : '')])}>
          {t('events.addCitation')}
        </button>
      ) : null}
    </fieldset>
  );
}
