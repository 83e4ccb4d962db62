import type { z } from 'zod';
import { VaultError } from '../../../shared/errors';

/**
 * A schema failure as a person can act on it: which field, what is wrong. The value itself
 * is never echoed back (it may be a passphrase).
 */
export function describeInputError(operation: string, error: z.ZodError): VaultError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '';
  const reason = issue?.message ?? 'invalid input';
  const message = field ? `Invalid ${field}: ${reason}` : `Invalid input for ${operation}: ${reason}`;
  return new VaultError('BAD_INPUT', message, { operation, field, reason });
}
