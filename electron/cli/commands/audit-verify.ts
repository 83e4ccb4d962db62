import { promises as fs } from 'node:fs';
import { VaultError } from '../../../shared/errors';
import type { Output } from '../output';
import { withSession, type VaultOptions } from '../session';
import { EXIT_FAILED, EXIT_OK } from '../usage';

/** Returns the exit code: 1 when any check fails. */
export async function auditVerify(options: VaultOptions & { checkpoint?: string | undefined }, out: Output): Promise<number> {
  let trustedCheckpoint: string | undefined;
  if (options.checkpoint) {
    trustedCheckpoint = await fs.readFile(options.checkpoint, 'utf8').catch(() => {
      throw new VaultError('FILE_NOT_FOUND', `The checkpoint file ${options.checkpoint} cannot be read.`, { fileName: options.checkpoint ?? '' });
    });
  }
  const result = await withSession(options, async (session) => session.audit.verify(trustedCheckpoint === undefined ? {} : { trustedCheckpoint }));
  out.result({ ok: result.ok, treeSize: result.treeSize, rootHash: result.rootHash, problems: result.problems });
  out.line(`${result.ok ? 'OK' : 'FAILED'}: ${result.treeSize} events, root hash ${result.rootHash}`);
  for (const p of result.problems) out.line(`  ${p.code}${p.seq !== undefined ? ` (event ${p.seq})` : ''}: ${p.message}`);
  return result.ok ? EXIT_OK : EXIT_FAILED;
}
