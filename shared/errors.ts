/**
 * Error codes that cross every boundary (core -> IPC -> renderer, core -> CLI).
 * The renderer translates a code (plus `details`) into the user's language; the English
 * `message` is for the CLI, logs and as a fallback. Adding a code means adding its
 * translation in renderer/src/i18n (a unit test checks both languages cover every code).
 */
export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_OPERATION',
  'FORBIDDEN_SENDER',
  'FORBIDDEN_ROLE',
  'UNLOCK_BACKOFF',
  'NO_VAULT',
  'VAULT_EXISTS',
  'VAULT_LOCKED',
  'VAULT_BUSY',
  'VAULT_HEADER_CORRUPT',
  'VAULT_FORMAT_TOO_NEW',
  'DATABASE_TOO_NEW',
  'DATABASE_CORRUPT',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'RECOVERY_KEY_TYPO',
  'WEAK_PASSPHRASE',
  'DUPLICATE_CODE',
  'NOT_FOUND',
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_EXISTS',
  'CONTENT_MISMATCH',
  'UNSUPPORTED_FORMAT',
  'EMPTY_FILE',
  'CONFLICT',
  'BLOB_CORRUPT',
  'FIXITY_MISMATCH',
  'AUDIT_INVALID',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values a translated message may interpolate. Never secrets, never testimony content. */
export type ErrorDetails = Readonly<Record<string, string | number>>;

export class VaultError extends Error {
  override readonly name = 'VaultError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
