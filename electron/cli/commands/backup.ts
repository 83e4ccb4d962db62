import path from 'node:path';
import { runBackup } from '../../core/custody/backup';
import { assertSecretOpensBackup, checkRestoredVault, readCompleteManifest, restoreBackup } from '../../core/custody/backup-restore';
import type { Output } from '../output';
import { currentPassphrase, recoveryKey } from '../secrets';
import { withSession, type VaultOptions } from '../session';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../usage';
import { describeFailure, fixityBar } from './fixity';

/**
 * `backup --to DIR`: a verified copy of the vault. Returns 1 when the vault holds a blob that
 * no longer matches the copy an earlier backup verified (the backup kept the good copy).
 */
export async function backup(options: VaultOptions & { to?: string | undefined }, out: Output): Promise<number> {
  if (!options.to) throw new UsageError('--to DIR is required (the backup folder).');
  const to = path.resolve(options.to);
  const summary = await withSession(options, (session) =>
    runBackup(session, to, { onProgress: (p) => (p.phase === 'blobs' ? out.progress(`Backup ${p.filesDone}/${p.filesTotal}`, p.bytesDone, p.bytesTotal) : undefined) }),
  );
  const ok = summary.changedInVault.length === 0;
  out.result({ ok, ...summary });
  out.line(
    `Backed up to ${summary.path}: ${summary.blobsCopied} blob(s) copied, ${summary.blobsSkipped} already there, ${summary.blobsRemoved} removed; database ${summary.databaseBytes} bytes, ${summary.auditEvents} audit events. Every file was read back and checked.`,
  );
  if (!ok) {
    out.line(`WARNING: ${summary.changedInVault.length} blob(s) in the vault no longer match the copy an earlier backup verified; the backup kept that copy. Run "testimony-vault fixity".`);
    for (const id of summary.changedInVault) out.line(`  ${id}`);
  }
  return ok ? EXIT_OK : EXIT_FAILED;
}

/**
 * `restore --from DIR --vault NEWDIR`: copies the backup into a new folder, then proves it:
 * the restored vault opens with its passphrase (or recovery key), passes `audit verify` and the
 * fixity audit. The secret is checked against the backup's key slots before the copy, so a
 * typo costs no waiting (and copies nothing).
 */
export async function restore(options: VaultOptions & { from?: string | undefined }, out: Output): Promise<number> {
  if (!options.from) throw new UsageError('--from DIR is required (the backup folder).');
  await readCompleteManifest(path.resolve(options.from));
  const key = await recoveryKey(options);
  const passphrase = key === undefined ? await currentPassphrase(options) : undefined;
  let restored;
  try {
    await assertSecretOpensBackup(options.from, passphrase ? { passphrase } : { recoveryKey: key ?? '' });
    restored = await restoreBackup(options.from, options.vault, { onProgress: (done, total) => out.progress('Restore', done, total) });
  } catch (error) {
    passphrase?.fill(0);
    throw error;
  }
  const check = await withSession(options, (session) => checkRestoredVault(session, restored, fixityBar(out)), passphrase);
  const ok = restored.problems.length === 0 && check.audit.ok && check.fixity.failed.length === 0;
  out.result({
    ok,
    path: restored.path,
    vaultId: restored.vaultId,
    files: restored.files,
    bytes: restored.bytes,
    problems: restored.problems,
    audit: { ok: check.audit.ok, treeSize: check.audit.treeSize, rootHash: check.audit.rootHash, problems: check.audit.problems },
    fixity: { checked: check.fixity.checked, passed: check.fixity.passed, failed: check.fixity.failed },
  });
  out.line(`${ok ? 'OK' : 'FAILED'}: restored vault ${restored.vaultId} into ${restored.path} (${restored.files} files, ${restored.bytes} bytes).`);
  for (const p of restored.problems) out.line(`  backup file ${p.path}: ${p.problem}`);
  out.line(`  audit verify: ${check.audit.ok ? 'ok' : 'FAILED'} (${check.audit.treeSize} events)`);
  for (const p of check.audit.problems) out.line(`    ${p.code}: ${p.message}`);
  out.line(`  fixity: ${check.fixity.passed} of ${check.fixity.checked} originals pass`);
  for (const failure of check.fixity.failed) out.line(describeFailure(failure));
  return ok ? EXIT_OK : EXIT_FAILED;
}
