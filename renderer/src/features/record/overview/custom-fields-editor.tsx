import { useTranslation } from 'react-i18next';
import type { TestimonyOverview } from '../../../../../shared/domain/record';
import { LineInput } from '../form/line-input';
import { TextArea } from '../form/text-area';
import type { Problems } from '../logic/problems';
import { dropRow, patchRow } from '../logic/rows';

type CustomFields = TestimonyOverview['customFields'];

interface CustomFieldsEditorProps {
  fields: CustomFields;
  onChange: (fields: CustomFields) => void;
  problems: Problems;
}

/** The organisation's own fields: a name and a value per row. */
export function CustomFieldsEditor({ fields, onChange, problems }: CustomFieldsEditorProps) {
  const { t } = useTranslation();
  const setRow = (index: number, change: Partial<CustomFields[number]>) => onChange(patchRow(fields, index, change));
  return (
    <fieldset className="rows-editor">
      <legend>{t('record.overview.customFields')}</legend>
      <p className="field-hint">{t('record.overview.customFieldsHint')}</p>
      {fields.map((field, index) => (
        <div key={index} className="row-item">
          <div className="form-grid">
            <LineInput
              label={t('record.overview.customFieldName', { n: index + 1 })}
              value={field.key}
              onChange={(key) => setRow(index, { key })}
              problem={problems[`customFields.${index}.key`]}
            />
            <TextArea
              label={t('record.overview.customFieldValue', { n: index + 1 })}
              value={field.value}
              onChange={(value) => setRow(index, { value })}
              problem={problems[`customFields.${index}.value`]}
              rows={1}
            />
          </div>
          <button type="button" className="button-quiet row-remove" onClick={() => onChange(dropRow(fields, index))}>
            {t('record.overview.removeCustomField', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button-quiet" onClick={() => onChange([...fields, { key: '', value: '' }])}>
        {t('record.overview.addCustomField')}
      </button>
    </fieldset>
  );
}
