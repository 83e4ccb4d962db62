import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaShortcut, shortcutLabel } from './use-shortcut';

interface ShortcutButtonProps {
  label: string;
  /** The key pressed with Ctrl/⌘, as the DOM names it ("L", ","). */
  shortcutKey: string;
  className: string;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
  buttonRef?: Ref<HTMLButtonElement>;
  /** Set when the button opens a dialog, so screen readers say so. */
  opensDialog?: boolean;
}

/** A header button that shows its Ctrl/⌘ shortcut and tells assistive technology about it. */
export function ShortcutButton({ label, shortcutKey, className, onClick, buttonRef, opensDialog }: ShortcutButtonProps) {
  const { t } = useTranslation();
  const shortcut = shortcutLabel(shortcutKey);
  return (
    <button
      type="button"
      ref={buttonRef}
      className={className}
      onClick={onClick}
      title={t('common.shortcut', { shortcut })}
      aria-keyshortcuts={ariaShortcut(shortcutKey)}
      aria-haspopup={opensDialog ? 'dialog' : undefined}
    >
      <span>{label}</span>
      <kbd dir="ltr" aria-hidden="true">
        {shortcut}
      </kbd>
    </button>
  );
}
