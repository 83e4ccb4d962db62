import path from 'node:path';
import { VaultError } from '../../shared/errors';
import { unlockWithPassphrase, unlockWithRecoveryKey, vaultState } from '../core/vault/open-vault';
import type { VaultSession } from '../core/vault/session';
import { currentPassphrase, recoveryKey, type SecretOptions } from './secrets';
import type { OperationName } from '../../shared/contract/names';
import { assertRoleAllows } from '../core/users/role-check';

export interface VaultOptions extends SecretOptions {
  vault: string;
  /** --user (or TESTIMONY_VAULT_USER): picks the key slot; without it every passphrase slot is tried. */
  user?: string | undefined;
  /** The app operation this command amounts to: the same role table applies (shared/contract/roles.ts). */
  operation?: OperationName | undefined;
}

/**
 * Unlocks for one command and always locks again, even when the command fails. A command
 * that already read the passphrase passes it in (it is consumed by the unlock).
 */
export async function withSession<T>(options: VaultOptions, work: (session: VaultSession) => Promise<T>, passphrase?: Uint8Array): Promise<T> {
  const dir = path.resolve(options.vault);
  if ((await vaultState(dir)) === 'absent') throw new VaultError('NO_VAULT', `There is no vault in ${dir}.`);
  const key = await recoveryKey(options);
  const session =
    key !== undefined ? await unlockWithRecoveryKey(dir, key) : await unlockWithPassphrase(dir, passphrase ?? (await currentPassphrase(options)), { username: options.user });
  try {
    if (options.operation) assertRoleAllows(options.operation, session.user.role);
    return await work(session);
  } finally {
    await session.close();
  }
}
