import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './text-field';

/**
 * A passphrase input with a show/hide toggle: people typing in a second language or on an
 * unfamiliar layout need to see what they typed. The toggle is a real button in tab order.
 */
export function PassphraseField(props: Omit<TextFieldProps, 'type' | 'trailing' | 'dir'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      // Passphrases mix scripts; let the browser pick the direction from what is typed.
      dir="auto"
      autoComplete={props.autoComplete ?? 'off'}
      trailing={
        <button type="button" className="button-quiet" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
          {visible ? t('common.hide') : t('common.show')}
        </button>
      }
    />
  );
}
