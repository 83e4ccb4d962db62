import { VaultError, isErrorCode, type ErrorCode, type ErrorDetails } from '../errors';

/**
 * What crosses IPC. Electron forwards only an Error's message across `ipcRenderer.invoke`,
 * so handlers never throw over the boundary: they answer with an envelope (DESIGN.md).
 */
export type Envelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string; readonly details?: ErrorDetails };

export function success<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function failure(error: unknown): Envelope<never> {
  if (error instanceof VaultError) {
    return error.details === undefined
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: error.code, message: error.message, details: error.details };
  }
  // Anything else is a bug: its message may hold paths or internals, so it does not cross.
  return { ok: false, code: 'INTERNAL', message: 'An internal error occurred.' };
}

/** Turns an envelope back into a value or a thrown VaultError (renderer and harness side). */
export function unwrap<T>(envelope: unknown): T {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new VaultError('INTERNAL', 'Malformed reply from the vault.');
  }
  const e = envelope as { ok: unknown; value?: unknown; code?: unknown; message?: unknown; details?: unknown };
  if (e.ok === true) return e.value as T;
  const code = isErrorCode(e.code) ? e.code : 'INTERNAL';
  const message = typeof e.message === 'string' ? e.message : 'Unknown error.';
  const details = typeof e.details === 'object' && e.details !== null ? (e.details as ErrorDetails) : undefined;
  throw new VaultError(code, message, details);
}
