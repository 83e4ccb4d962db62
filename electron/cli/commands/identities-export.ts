import path from 'node:path';
import { promises as fs } from 'node:fs';
import { VaultError } from '../../../shared/errors';
import { listTestimonyKeys } from '../../core/db/queries/testimonies';
import { syncDirectory } from '../../core/fs/atomic-write';
import type { Output } from '../output';
import { withSession, type VaultOptions } from '../session';
import { UsageError } from '../usage';

/**
 * Writes every testimony's age identity in the format of `age-keygen`, so the stock `age`
 * tool decrypts any blob of the vault: `age -d -i FILE blobs/xx/<id>.age`. This file opens
 * every testimony; it is created readable by its owner only, and the export is audited.
 */
export async function identitiesExport(options: VaultOptions & { out?: string | undefined; force: boolean }, out: Output): Promise<void> {
  if (!options.out) throw new UsageError('--out FILE is required.');
  const target = path.resolve(options.out);
  const count = await withSession(options, async (session) => {
    const keys = listTestimonyKeys(session.db);
    const lines = [
      `# Testimony Vault ${session.vaultId}: age identities of ${keys.length} testimonies, exported ${session.now()}.`,
      '# Anyone holding this file can decrypt these testimonies. Store it as you store the vault.',
      '',
      ...keys.flatMap((k) => [`# testimony: ${k.code} (${k.id}), created ${k.createdAt}`, `# public key: ${k.recipient}`, k.identity, '']),
    ];
    const handle = await fs.open(target, options.force ? 'w' : 'wx', 0o600).catch((error: unknown) => {
      if ((error as { code?: unknown }).code === 'EEXIST') throw new VaultError('FILE_EXISTS', `${target} already exists; use --force to replace it.`, { path: target });
      throw new VaultError('FILE_UNREADABLE', `${target} cannot be written.`, { path: target });
    });
    try {
      await handle.chmod(0o600);
      await handle.writeFile(lines.join('\n'));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await syncDirectory(path.dirname(target));
    await session.commit((record) => record({ type: 'dissemination', objectType: 'identities', objectId: session.vaultId, detail: { action: 'export age identities', count: keys.length } }));
    return keys.length;
  });
  out.result({ path: target, count });
  out.line(`Wrote ${count} age identities to ${target}. Keep this file as safe as the vault itself.`);
}
