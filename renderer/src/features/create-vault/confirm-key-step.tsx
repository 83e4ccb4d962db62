import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/text-field';
import { groupMatches } from './recovery-key';

interface ConfirmKeyStepProps {
  groups: string[];
  /** 0-based indexes of the two groups to type back. */
  asked: readonly [number, number];
  onConfirmed: () => void;
  onBack: () => void;
}

/** The person proves they wrote the key down by typing two of its groups back. */
export function ConfirmKeyStep({ groups, asked, onConfirmed, onBack }: ConfirmKeyStepProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<[string, string]>(['', '']);
  const [wrong, setWrong] = useState<[boolean, boolean]>([false, false]);
  const refs = [useRef<HTMLInputElement>(null), useRef<HTMLInputElement>(null)] as const;

  function submit(event: FormEvent): void {
    event.preventDefault();
    const result: [boolean, boolean] = [
      !groupMatches(typed[0], groups[asked[0]] ?? ''),
      !groupMatches(typed[1], groups[asked[1]] ?? ''),
    ];
    setWrong(result);
    const firstWrong = result.indexOf(true);
    if (firstWrong === -1) onConfirmed();
    else refs[firstWrong as 0 | 1].current?.focus();
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{t('confirmKey.intro', { first: asked[0] + 1, second: asked[1] + 1 })}</p>
      <div className="field-pair">
        {asked.map((groupIndex, slot) => (
          <TextField
            key={groupIndex}
            label={t('confirmKey.field', { n: groupIndex + 1 })}
            value={typed[slot] ?? ''}
            onChange={(value) => setTyped((current) => (slot === 0 ? [value, current[1]] : [current[0], value]))}
            inputRef={refs[slot as 0 | 1]}
            autoFocus={slot === 0}
            dir="ltr"
            className="field-key-group"
            error={wrong[slot] ? t('confirmKey.wrong', { n: groupIndex + 1 }) : null}
          />
        ))}
      </div>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={onBack}>
          {t('confirmKey.back')}
        </button>
        <button type="submit" className="button-primary">
          {t('confirmKey.submit')}
        </button>
      </div>
    </form>
  );
}
