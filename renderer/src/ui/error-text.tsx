import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type MessageValues } from '../i18n/error-message';

/** A function that turns anything the vault client threw into a sentence in the UI language. */
export function useErrorMessage(): (error: unknown, context?: MessageValues) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, context?: MessageValues) => {
      const { key, values } = describeError(error, context);
      return t(key, values);
    },
    [t],
  );
}

interface ErrorTextProps {
  error: unknown;
  /** Values the screen knows, used where the vault sent no details (e.g. the typed code). */
  context?: MessageValues;
  id?: string;
}

/** A vault error in the user's language: role="alert" so it is announced when it appears. */
export function ErrorText({ error, context, id }: ErrorTextProps) {
  const message = useErrorMessage();
  return (
    <p className="error-text" role="alert" id={id}>
      {message(error, context)}
    </p>
  );
}
