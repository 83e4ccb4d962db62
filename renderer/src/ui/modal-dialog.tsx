import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { wrapTab } from './focus-trap';

interface ModalDialogProps {
  title: string;
  /** Asked for on Escape and on the close button; the owner unmounts the dialog. */
  onClose: () => void;
  /**
   * False while work is in flight whose outcome the person must see (e.g. a passphrase
   * change): Escape and the close button then do nothing.
   */
  closable?: boolean;
  /** Where focus goes on open; the title otherwise (announced like a new screen). */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  children: ReactNode;
}

/**
 * A modal <dialog>: the page behind is inert, Tab stays inside, Escape closes. Mounted only
 * while open, so whatever its children hold (typed passphrases) is dropped with it. The
 * owner returns focus to whatever opened it.
 */
export function ModalDialog({ title, onClose, closable = true, initialFocus, className, children }: ModalDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    (initialFocus?.current ?? heading.current)?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, [initialFocus]);

  function requestClose(): void {
    if (closable) onClose();
  }

  return (
    <dialog
      ref={dialog}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      // Escape raises `cancel`; the dialog closes only when its owner unmounts it, and not
      // while `closable` is false.
      onCancel={(event) => {
        event.preventDefault();
        requestClose();
      }}
      onKeyDown={(event) => {
        // Escape while an input method is composing belongs to the input method.
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          requestClose();
        } else if (dialog.current) {
          wrapTab(event.nativeEvent, dialog.current);
        }
      }}
    >
      <div className="modal-header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button-quiet" onClick={requestClose} aria-disabled={!closable}>
          {t('common.close')}
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
