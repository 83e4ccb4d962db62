import { useTranslation } from 'react-i18next';
import { LineInput } from '../form/line-input';
import { SelectInput } from '../form/select-input';
import { TermSelect } from '../form/term-select';
import { useTerms } from '../form/use-terms';
import { perpetratorDraft, type PerpetratorDraft } from '../logic/event-draft';
import type { Problems } from '../logic/problems';
import { dropRow, patchRow } from '../logic/rows';
import { useRecord } from '../record-context';

interface PerpetratorsEditorProps {
  rows: readonly PerpetratorDraft[];
  onChange: (rows: PerpetratorDraft[]) => void;
  problems: Problems;
}

/**
 * Alleged perpetrators: a person of this testimony or someone not known by name, their unit
 * and affiliation, and how they were involved (what the testimony says, not a finding).
 */
export function PerpetratorsEditor({ rows, onChange, problems }: PerpetratorsEditorProps) {
  const { t } = useTranslation();
  const terms = useTerms();
  const { view } = useRecord();
  const people = view.record.people.map((link) => ({
    value: link.personId,
    label: `${view.people.find((p) => p.id === link.personId)?.code ?? link.personId} (${terms.label('personRoles', link.role)})`,
  }));
  const setRow = (index: number, change: Partial<PerpetratorDraft>) => onChange(patchRow(rows, index, change));
  return (
    <fieldset className="rows-editor">
      <legend>{t('events.perpetrators')}</legend>
      <p className="field-hint">{t('events.perpetratorsHint')}</p>
      {rows.map((row, index) => (
        <div key={row.key} className="row-item">
          <p className="row-title">{t('events.perpetratorN', { n: index + 1 })}</p>
          <div className="form-grid">
            <SelectInput
              label={t('events.perpetratorPerson')}
              value={row.personId}
              onChange={(personId) => setRow(index, { personId })}
              options={people}
              emptyLabel={t('events.unknownPerson')}
              problem={problems[`perpetrators.${index}.personId`]}
            />
            <LineInput label={t('events.unit')} value={row.unit} onChange={(unit) => setRow(index, { unit })} problem={problems[`perpetrators.${index}.unit`]} />
            <LineInput
              label={t('events.affiliation')}
              value={row.affiliation}
              onChange={(affiliation) => setRow(index, { affiliation })}
              problem={problems[`perpetrators.${index}.affiliation`]}
            />
            <TermSelect
              vocabulary="perpetratorInvolvement"
              label={t('events.involvement')}
              value={row.involvement}
              onChange={(involvement) => setRow(index, { involvement })}
              problem={problems[`perpetrators.${index}.involvement`]}
            />
          </div>
          <button type="button" className="button-quiet row-remove" onClick={() => onChange(dropRow(rows, index))}>
            {t('events.removePerpetrator', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button-quiet" onClick={() => onChange([...rows, perpetratorDraft()])}>
        {t('events.addPerpetrator')}
      </button>
    </fieldset>
  );
}
