import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runBackup } from '../../../../electron/core/custody/backup';
import { readManifest, writeManifest } from '../../../../electron/core/custody/backup-manifest';
import { checkRestoredVault, restoreBackup } from '../../../../electron/core/custody/backup-restore';
import { exportOriginal } from '../../../../electron/core/media/export-original';
import { MediaAccess } from '../../../../electron/core/media/media-access';
import { unlockWithRecoveryKey } from '../../../../electron/core/vault/open-vault';
import { tempDir } from '../../helpers/temp-dir';
import { unlock } from '../../helpers/vault';
import { eventsOfType, flipByte, vaultWithOriginals } from './fixity-fixture';

async function backedUp(layout: Record<string, number[]>) {
  const vault = await vaultWithOriginals(layout);
  const work = await tempDir('tv-restore-');
  const backup = path.join(work, 'backup');
  await runBackup(vault.session, backup);
  return { ...vault, work, backup };
}

describe('restore', () => {
  it('gives a vault that opens with the same passphrase, passes audit verify and fixity, and exports every original bit-exact', async () => {
    const { session, originals, work, backup, vaultId, recoveryKey } = await backedUp({ 'SY-1': [1, 200_000], 'SY-2': [70_000] });
    const auditSize = session.audit.size();
    await session.close();
    // The original vault is gone: only the backup is left.
    const target = path.join(work, 'restored');
    const restored = await restoreBackup(backup, target);
    expect(restored).toMatchObject({ path: target, vaultId, problems: [] });
    expect(restored.files).toBe(3 + 4);
    expect((await fs.readdir(target)).sort()).toEqual(['audit-checkpoint.txt', 'blobs', 'vault.db', 'vault.json', 'vault.json.bak']);

    const reopened = await unlock(target);
    expect(reopened.vaultId).toBe(vaultId);
    // The backup holds every event up to its own replication record, which came after it.
    expect(reopened.audit.size()).toBe(auditSize - 1);
    const check = await checkRestoredVault(reopened, restored);
    expect(check.audit).toMatchObject({ ok: true, problems: [] });
    expect(check.fixity).toEqual({ checked: 3, passed: 3, failed: [], cancelled: false });
    expect(eventsOfType(reopened, 'replication').at(-1)!.detail).toMatchObject({ action: 'restore', files: 7, problems: 0 });

    const media = new MediaAccess(reopened);
    for (const original of originals) {
      const out = path.join(work, `${original.mediaId}.out`);
      await exportOriginal(reopened, media, original.mediaId, out, { overwrite: false });
      expect((await fs.readFile(out)).equals(original.bytes)).toBe(true);
    }
    await media.close();
    expect((await reopened.audit.verify()).ok).toBe(true);
    await reopened.close();
    // The recovery key opens it too: the key slots came with the header.
    await (await unlockWithRecoveryKey(target, recoveryKey)).close();
  });

  it('reports a damaged or missing backup file, copies the rest, and the fixity audit names the original', async () => {
    const { session, originals, work, backup } = await backedUp({ 'D-1': [200_000, 100_000, 50_000] });
    await session.close();
    const [damaged, missing] = originals as [(typeof originals)[number], (typeof originals)[number]];
    const inBackup = (blob: string) => path.join(backup, 'blobs', path.basename(path.dirname(blob)), path.basename(blob));
    await flipByte(inBackup(damaged.blob), 3000);
    await fs.rm(inBackup(missing.blob));

    const restored = await restoreBackup(backup, path.join(work, 'restored'));
    const relative = (blob: string) => `blobs/${path.basename(path.dirname(blob))}/${path.basename(blob)}`;
    expect(restored.problems).toEqual(
      expect.arrayContaining([
        { path: relative(damaged.blob), problem: 'damaged' },
        { path: relative(missing.blob), problem: 'missing' },
      ]),
    );
    expect(restored.problems).toHaveLength(2);
    const reopened = await unlock(restored.path);
    const check = await checkRestoredVault(reopened, restored);
    expect(check.audit.ok).toBe(true);
    expect(check.fixity.passed).toBe(1);
    expect(new Map(check.fixity.failed.map((f) => [f.mediaId, f.reason]))).toEqual(
      new Map([
        [damaged.mediaId, 'BLOB_DAMAGED'],
        [missing.mediaId, 'BLOB_MISSING'],
      ]),
    );
    await reopened.close();
  });

  it('refuses an unfinished backup, a folder without one, a target that is not new and empty, or inside the backup', async () => {
    const { session, work, backup } = await backedUp({ 'R-1': [10_000] });
    await session.close();
    await expect(restoreBackup(work, path.join(work, 'x'))).rejects.toMatchObject({ code: 'NO_VAULT' });
    await expect(restoreBackup(backup, path.join(backup, 'inside'))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('overlap') });

    const occupied = path.join(work, 'occupied');
    await fs.mkdir(occupied);
    await fs.writeFile(path.join(occupied, 'notes.txt'), 'mine');
    await expect(restoreBackup(backup, occupied)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('not empty') });
    const first = await restoreBackup(backup, path.join(work, 'one'));
    await expect(restoreBackup(backup, first.path)).rejects.toMatchObject({ code: 'VAULT_EXISTS' });

    const manifest = (await readManifest(backup))!;
    await writeManifest(backup, { ...manifest, state: 'in progress', completedAt: null });
    await expect(restoreBackup(backup, path.join(work, 'two'))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('interrupted') });
    await fs.writeFile(path.join(backup, 'backup.json'), JSON.stringify({ ...manifest, files: [{ path: '../../etc/passwd', size: 1, sha256: '0'.repeat(64) }] }));
    await expect(restoreBackup(backup, path.join(work, 'three'))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('not a file of a vault') });
    await expect(fs.access(path.join(work, 'two'))).rejects.toThrow();
    await expect(fs.access(path.join(work, 'three'))).rejects.toThrow();
  });
});
