import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { NEW_PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/passphrase';
import { PassphraseField } from '../../ui/passphrase-field';
import type { NewPassphraseProblem } from './new-passphrase';
import { StrengthMeter } from './strength-meter';

interface NewPassphraseFieldsProps {
  /** Visible labels: the wizard says "Passphrase", settings say "New passphrase". */
  label: string;
  confirmLabel: string;
  passphrase: string;
  confirmation: string;
  onPassphraseChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  problem: NewPassphraseProblem | null;
  passphraseRef: RefObject<HTMLInputElement | null>;
  confirmationRef: RefObject<HTMLInputElement | null>;
  autoFocus?: boolean;
}

/** Moves focus to the field a problem is shown under, so the person lands on what to fix. */
export function focusProblem(problem: NewPassphraseProblem, fields: Pick<NewPassphraseFieldsProps, 'passphraseRef' | 'confirmationRef'>): void {
  (problem === 'mismatch' ? fields.confirmationRef : fields.passphraseRef).current?.focus();
}

/** A new passphrase, its strength and its repetition: the same in the wizard and in settings. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const { problem } = props;
  const min = NEW_PASSPHRASE_MIN_LENGTH;
  const passphraseError =
    problem === 'tooShort'
      ? t('passphrase.tooShort', { min })
      : problem === 'tooWeak'
        ? t('passphrase.tooWeak')
        : problem === 'sameAsCurrent'
          ? t('passphrase.sameAsCurrent')
          : null;
  return (
    <>
      <PassphraseField
        label={props.label}
        value={props.passphrase}
        onChange={props.onPassphraseChange}
        inputRef={props.passphraseRef}
        autoFocus={props.autoFocus}
        autoComplete="new-password"
        hint={t('passphrase.hint', { min })}
        error={passphraseError}
      />
      <StrengthMeter passphrase={props.passphrase} />
      <PassphraseField
        label={props.confirmLabel}
        value={props.confirmation}
        onChange={props.onConfirmationChange}
        inputRef={props.confirmationRef}
        autoComplete="new-password"
        error={problem === 'mismatch' ? t('passphrase.mismatch') : null}
      />
    </>
  );
}
