import path from 'node:path';
import { createVault } from '../../core/vault/open-vault';
import type { Output } from '../output';
import { newPassphrase, type SecretOptions } from '../secrets';

export async function init(options: SecretOptions & { vault: string; name?: string | undefined; user?: string | undefined }, out: Output): Promise<void> {
  const dir = path.resolve(options.vault);
  const passphrase = await newPassphrase(options, true);
  const created = await createVault(dir, passphrase, { ...(options.name ? { userName: options.name } : {}), ...(options.user ? { username: options.user } : {}) });
  await created.session.close();
  out.result({ recoveryKey: created.recoveryKey, vaultId: created.vaultId });
  out.line(`Created vault ${created.vaultId} in ${dir}; you are its administrator, user "${created.session.user.username}".`);
  out.line('');
  out.line('Recovery key (shown once; write it on paper and keep it apart from this computer):');
  out.line('');
  out.line(`    ${created.recoveryKey}`);
  out.line('');
  out.line('Anyone with this key can open the vault. Without it, a forgotten passphrase means the vault is lost.');
}
