import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyButtonProps {
  text: string;
  label: string;
  /** A longer accessible name when the visible label is short (e.g. "Copy"). */
  ariaLabel?: string;
  className?: string;
  onCopied?: () => void;
  /** Said once copied, instead of the plain "Copied" (e.g. what will happen to a secret on the clipboard). */
  copiedText?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label, ariaLabel, className, onCopied, copiedText }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
      onCopied?.();
    } catch {
      // Clipboard access can be refused (permissions, no focus): say so, never fail silently.
      setState('failed');
    }
  }

  return (
    <span className="copy-button">
      <button type="button" className={className ?? 'button-quiet'} aria-label={ariaLabel} onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-status" aria-live="polite">
        {state === 'copied' ? (copiedText ?? t('common.copied')) : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
