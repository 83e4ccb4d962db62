import { VaultError } from '../../../../shared/errors';

/** The custody-specific reading of a vault error, or null for the generic message. */
export type CustodyProblem = { key: 'badKey' } | { key: 'keyTaken'; name: string } | { key: 'needDetails' } | null;

export function custodyProblem(error: unknown): CustodyProblem {
  if (!(error instanceof VaultError)) return null;
  const details = error.details ?? {};
  if (error.code === 'BAD_INPUT' && details.reason === 'bad-key') return { key: 'badKey' };
  if (error.code === 'BAD_INPUT' && details.field === 'publicKey') return { key: 'badKey' };
  if (error.code === 'CONFLICT' && details.field === 'publicKey') return { key: 'keyTaken', name: String(details.name ?? '') };
  if (error.code === 'BAD_INPUT' && details.reason === 'vault-details') return { key: 'needDetails' };
  return null;
}
