import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../ui/error-text';
import { useProblemText } from '../form/problem-text';
import { fieldRefusal } from '../logic/server-problems';
import { ConfirmDialog } from './confirm-dialog';

interface RemoveButtonProps {
  label: string;
  /** The accessible name when the label alone is ambiguous ("Remove Interview of …"). */
  name?: string;
  title: string;
  text: string;
  confirmLabel: string;
  /** Removes in the vault and reloads the page. */
  run: () => Promise<void>;
  hidden?: boolean;
}

/** Removing something asks first; a refusal (still named in an event…) is shown beside the button. */
export function RemoveButton({ label, name, title, text, confirmLabel, run, hidden }: RemoveButtonProps) {
  const { t } = useTranslation();
  const message = useProblemText();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const button = useRef<HTMLButtonElement>(null);
  const refusal = fieldRefusal(failure);

  async function remove(): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await run();
    } catch (error) {
      setFailure(error);
      setBusy(false);
      setAsking(false);
      button.current?.focus();
    }
  }

  return (
    <>
      <button type="button" ref={button} className="button-quiet button-remove" aria-label={name} hidden={hidden} onClick={() => setAsking(true)}>
        {label}
      </button>
      {failure ? (
        refusal ? (
          <p className="error-text" role="alert">
            {message(refusal.problem)}
          </p>
        ) : (
          <ErrorText error={failure} />
        )
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={title}
          confirmLabel={busy ? t('record.saving') : confirmLabel}
          destructive
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => {
            setAsking(false);
            button.current?.focus();
          }}
        >
          <p>{text}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
