import { useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../ui/modal-dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirming action destroys something: styled as such, and focus starts on Cancel. */
  destructive?: boolean;
  busy?: boolean;
}

/** Asks before something that cannot be undone (removing a session, leaving with unsaved edits). */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, onConfirm, onCancel, destructive, busy }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  return createPortal(
    <ModalDialog title={title} onClose={onCancel} closable={!busy} initialFocus={cancel} className="confirm-dialog">
      <div className="stack">{children}</div>
      <div className="actions">
        <button type="button" ref={cancel} className="button-secondary" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button type="button" className={destructive ? 'button-danger' : 'button-primary'} aria-disabled={busy} onClick={() => busy || onConfirm()}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>,
    document.body,
  );
}
