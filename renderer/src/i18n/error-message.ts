import { VaultError, isErrorCode, type ErrorCode } from '../../../shared/errors';

export type MessageValues = Record<string, string | number>;

export interface ErrorMessage {
  key: `errors.${ErrorCode}`;
  values: MessageValues;
}

// First-strong isolate / pop directional isolate: the text equivalent of <bdi>. A Latin
// code inside an Arabic sentence (or the reverse) keeps its own order and punctuation.
const FSI = '\u2068';
const PDI = '\u2069';

export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/**
 * Turns anything thrown by the vault client into a translation key and its values.
 * `context` holds what the screen already knows (e.g. the code the user typed), so a
 * message can name it even when the core sent no details. A thrown non-VaultError is a
 * bug: the user sees INTERNAL, never a stack.
 */
export function describeError(error: unknown, context: MessageValues = {}): ErrorMessage {
  const code: ErrorCode = error instanceof VaultError && isErrorCode(error.code) ? error.code : 'INTERNAL';
  const details = error instanceof VaultError ? (error.details ?? {}) : {};
  const values: MessageValues = {};
  for (const [name, value] of Object.entries({ ...context, ...details })) {
    values[name] = typeof value === 'string' ? isolate(value) : value;
  }
  return { key: `errors.${code}`, values };
}

export function errorCodeOf(error: unknown): ErrorCode | undefined {
  return error instanceof VaultError ? error.code : undefined;
}
