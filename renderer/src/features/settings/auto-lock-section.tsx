import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { TextField } from '../../ui/text-field';
import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, formatMinutes, parseAutoLockMinutes, type AutoLockProblem } from './auto-lock';

/** "Lock after N minutes without activity": read with settings.get, saved with settings.update. */
export function AutoLockSection() {
  const { t } = useTranslation();
  const vault = useVault();
  const headingId = useId();
  const load = useCallback(() => vault.call('settings.get', {}), [vault]);
  const settings = useLoad(load);
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="settings-heading">
        {t('settings.autoLockHeading')}
      </h3>
      {settings.error ? <ErrorText error={settings.error} /> : null}
      {settings.data ? (
        <AutoLockForm saved={settings.data.autoLockMinutes} />
      ) : settings.error ? null : (
        <p className="muted">{t('app.loading')}</p>
      )}
    </section>
  );
}

function AutoLockForm({ saved }: { saved: number }) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const [typed, setTyped] = useState(() => formatMinutes(saved, language));
  const [problem, setProblem] = useState<AutoLockProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirmed, setConfirmed] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  function onChange(value: string): void {
    setTyped(value);
    setConfirmed(null);
    // Once a problem is shown, it follows the typing, so it goes away as soon as it is fixed.
    if (problem) {
      const parsed = parseAutoLockMinutes(value);
      setProblem(parsed.ok ? null : parsed.problem);
    }
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const parsed = parseAutoLockMinutes(typed);
    setError(null);
    setConfirmed(null);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      field.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const { autoLockMinutes } = await vault.call('settings.update', { autoLockMinutes: parsed.minutes });
      setTyped(formatMinutes(autoLockMinutes, language));
      setConfirmed(autoLockMinutes);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const range = { min: AUTO_LOCK_MIN, max: AUTO_LOCK_MAX };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <TextField
        label={t('settings.autoLockLabel')}
        value={typed}
        onChange={onChange}
        inputRef={field}
        inputMode="numeric"
        className="field-minutes"
        trailing={
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? t('settings.saving') : t('settings.save')}
          </button>
        }
        hint={t('settings.autoLockHint', range)}
        error={problem === 'outOfRange' ? t('settings.autoLockOutOfRange', range) : problem === 'notWhole' ? t('settings.autoLockNotWhole', { example: 10 }) : null}
      />
      <p className="saved-status" role="status">
        {confirmed !== null ? t('settings.autoLockSaved', { n: confirmed }) : ''}
      </p>
      {error ? <ErrorText error={error} /> : null}
    </form>
  );
}
