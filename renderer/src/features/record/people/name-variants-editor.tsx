import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import { LineInput } from '../form/line-input';
import { SelectInput } from '../form/select-input';
import { nameDraft, typedName, type NameDraft, type NameKind } from '../logic/person-draft';
import type { Problems } from '../logic/problems';
import { dropRow, patchRow } from '../logic/rows';
import { scriptName } from '../logic/codes';
import { COMMON_SCRIPTS } from '../logic/scripts';

const KINDS: readonly NameKind[] = ['legal', 'alias', 'spelling', 'nickname'];

interface NameVariantsEditorProps {
  names: readonly NameDraft[];
  onChange: (names: NameDraft[]) => void;
  problems: Problems;
}

/**
 * Every way the person's name is written: in each script, each spelling, aliases. Finding a
 * person again in another testimony depends on these (people.find matches any of them).
 */
export function NameVariantsEditor({ names, onChange, problems }: NameVariantsEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setRow = (index: number, next: NameDraft) => onChange(patchRow(names, index, next));
  const scripts = (current: string) => [...new Set([...COMMON_SCRIPTS, current])].map((code) => ({ value: code, label: `${scriptName(code, language)} (${code})` }));
  return (
    <fieldset className="rows-editor">
      <legend>{t('people.names')}</legend>
      <p className="field-hint">{t('people.namesHint')}</p>
      {names.map((name, index) => (
        <div key={name.key} className="row-item name-row">
          <LineInput
            label={t('people.nameValue', { n: index + 1 })}
            value={name.value}
            onChange={(value) => setRow(index, typedName(name, value))}
            problem={problems[`identity.names.${index}.value`]}
          />
          <SelectInput
            label={t('people.nameScript')}
            value={name.script}
            onChange={(script) => setRow(index, { ...name, script, scriptChosen: true })}
            options={scripts(name.script)}
            problem={problems[`identity.names.${index}.script`]}
          />
          <SelectInput
            label={t('people.nameKind')}
            value={name.kind}
            onChange={(kind) => setRow(index, { ...name, kind: kind as NameKind })}
            options={KINDS.map((kind) => ({ value: kind, label: t(`people.kinds.${kind}`) }))}
          />
          <button type="button" className="button-quiet row-remove" onClick={() => onChange(dropRow(names, index))}>
            {t('people.removeName', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button-quiet" onClick={() => onChange([...names, nameDraft()])}>
        {t('people.addName')}
      </button>
    </fieldset>
  );
}
