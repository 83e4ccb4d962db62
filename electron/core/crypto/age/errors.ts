/**
 * Every way an age file, key or request can be refused. Messages say what happened and what the
 * person can do; they never contain key material or plaintext.
 */
export const AGE_ERROR_CODES = [
  'HEADER_INVALID',
  'UNSUPPORTED_VERSION',
  'HEADER_MAC_MISMATCH',
  'NO_MATCHING_IDENTITY',
  'CHUNK_AUTH_FAILED',
  'TRUNCATED',
  'TRAILING_DATA',
  'BAD_IDENTITY',
  'BAD_RECIPIENT',
  'RANGE_OUT_OF_BOUNDS',
] as const;

export type AgeErrorCode = (typeof AGE_ERROR_CODES)[number];

export class AgeError extends Error {
  override readonly name = 'AgeError';
  constructor(
    readonly code: AgeErrorCode,
    message: string,
    /** For CHUNK_AUTH_FAILED: the zero-based index of the chunk that failed. */
    readonly chunkIndex?: number,
  ) {
    super(message);
  }
}

export function headerInvalid(detail: string): AgeError {
  return new AgeError(
    'HEADER_INVALID',
    `The encrypted file's header is malformed (${detail}): it is not an age file, or it was damaged.`,
  );
}

export function truncated(detail: string): AgeError {
  return new AgeError(
    'TRUNCATED',
    `The encrypted file is incomplete (${detail}): it was cut short, for example by an interrupted copy or a full disk. Restore it from a backup.`,
  );
}

export function chunkAuthFailed(index: number, isLast = false): AgeError {
  const which = isLast ? `Chunk ${index} (the last one)` : `Chunk ${index}`;
  const cause = isLast ? 'the file was altered, damaged or cut short' : 'the file was altered or damaged';
  return new AgeError(
    'CHUNK_AUTH_FAILED',
    `${which} of the encrypted file failed authentication: ${cause}. Restore it from a backup.`,
    index,
  );
}

export function trailingData(extraBytes: number): AgeError {
  return new AgeError(
    'TRAILING_DATA',
    `The encrypted file has ${extraBytes} unexpected byte(s) after its end: something was appended to it. Restore it from a backup.`,
  );
}
