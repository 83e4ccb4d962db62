import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/vault-client';
import { errorCodeOf } from '../../i18n/error-message';
import { ErrorText, useErrorMessage } from '../../ui/error-text';
import { PassphraseField } from '../../ui/passphrase-field';
import { checkNewPassphrase, type NewPassphraseProblem } from '../passphrase/new-passphrase';
import { NewPassphraseFields, focusProblem } from '../passphrase/new-passphrase-fields';

/** "change" asks for the current passphrase; "reset" is for a session opened with the recovery key. */
export type PassphraseMode = 'change' | 'reset';

interface PassphraseSectionProps {
  mode: PassphraseMode;
  /** The form's first field, where focus goes when the dialog is opened for this form. */
  firstFieldRef: RefObject<HTMLInputElement | null>;
  /** True while the vault derives keys (two Argon2id runs for a change): the dialog stays open. */
  onBusyChange: (busy: boolean) => void;
  onReset: () => void;
}

/**
 * Change the passphrase (current + new) or, after a recovery-key unlock, set a new one.
 * Passphrases stay in this form's state only until the vault answers; the dialog is
 * unmounted on close and on lock, and they go with it.
 */
export function PassphraseSection({ mode, firstFieldRef, onBusyChange, onReset }: PassphraseSectionProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [currentMissing, setCurrentMissing] = useState(false);
  const [currentError, setCurrentError] = useState<unknown>(null);
  const [problem, setProblem] = useState<NewPassphraseProblem | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const change = mode === 'change';
  const ownNextRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  // The first field is the current passphrase when there is one, else the new passphrase.
  const currentRef = firstFieldRef;
  const nextRef = change ? ownNextRef : firstFieldRef;

  function focusCurrent(): void {
    currentRef.current?.focus();
    currentRef.current?.select();
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    setFormError(null);
    setCurrentError(null);
    const missing = change && current.length === 0;
    const found = checkNewPassphrase(next, confirmation, change ? current : undefined);
    setCurrentMissing(missing);
    setProblem(found);
    if (missing) return focusCurrent();
    if (found) return focusProblem(found, { passphraseRef: nextRef, confirmationRef });

    setBusy(true);
    onBusyChange(true);
    try {
      if (change) await vault.call('vault.changePassphrase', { current, next });
      else await vault.call('vault.resetPassphrase', { next });
      // Done with them: nothing typed here stays in memory React still references.
      setCurrent('');
      setNext('');
      setConfirmation('');
      setDone(true);
      if (!change) onReset();
    } catch (caught) {
      if (change && errorCodeOf(caught) === 'WRONG_PASSPHRASE') {
        setCurrentError(caught);
        focusCurrent();
      } else {
        setFormError(caught);
      }
    } finally {
      setBusy(false);
      onBusyChange(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="settings-heading">
        {change ? t('settings.changeHeading') : t('settings.resetHeading')}
      </h3>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby={headingId}>
        <p>{change ? t('settings.changeIntro') : t('settings.resetIntro')}</p>
        {change ? (
          <PassphraseField
            label={t('settings.currentPassphrase')}
            value={current}
            onChange={setCurrent}
            inputRef={currentRef}
            autoComplete="current-password"
            error={currentMissing ? t('settings.currentMissing') : currentError ? errorMessage(currentError) : null}
          />
        ) : null}
        <NewPassphraseFields
          label={t('settings.newPassphrase')}
          confirmLabel={t('settings.confirmPassphrase')}
          passphrase={next}
          confirmation={confirmation}
          onPassphraseChange={setNext}
          onConfirmationChange={setConfirmation}
          problem={problem}
          passphraseRef={nextRef}
          confirmationRef={confirmationRef}
        />
        {formError ? <ErrorText error={formError} /> : null}
        <div className="settings-footer">
          <p className={busy ? 'saved-status busy-status' : 'saved-status'} role="status">
            {busy ? (change ? t('settings.changing') : t('settings.resetting')) : done ? (change ? t('settings.changed') : t('settings.resetDone')) : ''}
          </p>
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? t('common.working') : change ? t('settings.changeSubmit') : t('settings.resetSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
