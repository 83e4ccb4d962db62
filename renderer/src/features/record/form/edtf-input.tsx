import { useTranslation } from 'react-i18next';
import { formatEdtf, parseEdtf } from '../../../../../shared/domain/edtf';
import { useLanguage } from '../../../app/use-language';
import type { Problem } from '../logic/problems';
import { LineInput } from './line-input';

interface EdtfInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: Problem | undefined;
  className?: string;
}

/**
 * An EDTF date (ISO 8601-2), read back in words as it is typed ("2024-03~" -> "about March
 * 2024"), so an interviewer sees at once whether the date says what the survivor said.
 */
export function EdtfInput({ label, value, onChange, problem, className }: EdtfInputProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const typed = value.trim();
  const parsed = typed === '' ? null : parseEdtf(typed);
  // While typing, "not a date yet"; once Save has said why, the reason alone.
  const live = parsed === null ? '' : parsed.ok ? t('edtf.reads', { reading: formatEdtf(typed, language) }) : problem ? '' : t('edtf.notYet');
  return (
    <LineInput
      label={label}
      value={value}
      onChange={onChange}
      problem={problem}
      // EDTF is written in Latin digits and signs whatever the UI language.
      dir="ltr"
      hint={t('edtf.hint')}
      live={live}
      className={`field-edtf ${className ?? ''}`}
    />
  );
}
