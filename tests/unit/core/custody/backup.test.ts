import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BackupProgress } from '../../../../shared/contract/custody-operations';
import { runBackup } from '../../../../electron/core/custody/backup';
import { readManifest } from '../../../../electron/core/custody/backup-manifest';
import { openEncryptedDatabase } from '../../../../electron/core/db/connection';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { loadHeader } from '../../../../electron/core/vault/header';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { tempDir } from '../../helpers/temp-dir';
import { newVault, unlock } from '../../helpers/vault';
import { eventsOfType, flipByte, importOriginal, randomText, vaultWithOriginals } from './fixity-fixture';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Opens the backup's database read-only with the key its own copied header wraps. */
async function inBackupDatabase<T>(session: VaultSession, dir: string, read: (db: ReturnType<typeof openEncryptedDatabase>) => T): Promise<T> {
  const { header } = await loadHeader(dir);
  return session.withDatabaseKey(header, (keyHex) => {
    const db = openEncryptedDatabase(path.join(dir, 'vault.db'), keyHex, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  });
}

describe('backup', () => {
  it('copies the open vault consistently while it is being written to; the copy is encrypted; the next backup copies only the new blob', async () => {
    const { session, originals, vaultId } = await vaultWithOriginals({ 'SY-2024-001': [150_000, 3_000] });
    const title = 'A title that must never be readable on disk 7f3a';
    await createTestimony(session, { code: 'SY-2024-002', title });
    const dest = path.join(await tempDir('tv-backup-'), 'usb', 'vault-backup');

    // A testimony and an original are added while the backup runs: the write starts right
    // before the database is copied and lands while the blobs are being copied.
    let writing: Promise<unknown> | undefined;
    const phases: BackupProgress['phase'][] = [];
    const summary = await runBackup(session, dest, {
      onProgress: (p) => {
        phases.push(p.phase);
        writing ??= (async () => {
          const late = await createTestimony(session, { code: 'SY-2024-003', title: 'Added during the backup' });
          return importOriginal(session, late, 'late.txt', randomText(80_000));
        })();
      },
    });
    const late = (await writing) as Awaited<ReturnType<typeof importOriginal>>;
    expect(phases[0]).toBe('database');
    expect(phases.at(-1)).toBe('done');
    expect(summary).toMatchObject({ path: dest, vaultId, blobsCopied: 2, blobsSkipped: 0, blobsRemoved: 0, changedInVault: [] });
    expect(summary.bytesCopied).toBe((await Promise.all(originals.map((o) => fs.stat(o.blob)))).reduce((n, s) => n + s.size, 0));

    // The copy is one consistent state: it passes the integrity check, and every blob it
    // names is in the folder, as the manifest lists it.
    const copied = await inBackupDatabase(session, dest, (db) => ({
      integrity: db.pragma('integrity_check', { simple: true }),
      codes: db.prepare('SELECT code FROM testimonies ORDER BY code').pluck().all(),
      blobs: db.prepare('SELECT blob_path FROM media').pluck().all() as string[],
    }));
    expect(copied.integrity).toBe('ok');
    expect(copied.codes).toEqual(['SY-2024-001', 'SY-2024-002']);
    const manifest = (await readManifest(dest))!;
    expect(manifest).toMatchObject({ vaultId, state: 'complete', auditEvents: summary.auditEvents });
    for (const blob of copied.blobs) {
      const entry = manifest.files.find((f) => f.path === blob)!;
      expect(sha256(await fs.readFile(path.join(dest, blob)))).toBe(entry.sha256);
    }
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['vault.db', 'vault.json', 'vault.json.bak', 'audit-checkpoint.txt']));

    // Encrypted at rest: no SQLite header, no title in clear; blobs are the vault's ciphertext as is.
    const database = await fs.readFile(path.join(dest, 'vault.db'));
    expect(database.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(database.includes(Buffer.from(title))).toBe(false);
    for (const o of originals) expect((await fs.readFile(path.join(dest, path.relative(session.dir, o.blob)))).equals(await fs.readFile(o.blob))).toBe(true);

    const replication = eventsOfType(session, 'replication');
    expect(replication).toHaveLength(1);
    expect(replication[0]).toMatchObject({ objectType: 'vault', objectId: vaultId, detail: { action: 'backup', blobsCopied: 2, blobsSkipped: 0 } });
    expect(JSON.stringify(replication[0]!.detail)).not.toContain(dest);

    const second = await runBackup(session, dest);
    expect(second).toMatchObject({ blobsCopied: 1, blobsSkipped: 2, blobsRemoved: 0, bytesCopied: (await fs.stat(late.blob)).size });
    expect(await inBackupDatabase(session, dest, (db) => db.prepare('SELECT count(*) FROM testimonies').pluck().get())).toBe(3);
    expect((await session.audit.verify()).ok).toBe(true);
    await session.close();
  });

  it('never overwrites a verified copy with a damaged vault blob, and replaces a damaged copy in the backup', async () => {
    const { session, originals } = await vaultWithOriginals({ 'IQ-1': [200_000, 200_000] });
    const [first, second] = originals as [(typeof originals)[number], (typeof originals)[number]];
    const dest = path.join(await tempDir('tv-backup-'), 'b');
    await runBackup(session, dest);
    const goodCopy = await fs.readFile(path.join(dest, path.relative(session.dir, first.blob)));

    await flipByte(first.blob, 1000);
    const secondCopy = path.join(dest, path.relative(session.dir, second.blob));
    await flipByte(secondCopy, 5000);
    const summary = await runBackup(session, dest);
    expect(summary).toMatchObject({ blobsCopied: 1, blobsSkipped: 0, changedInVault: [first.mediaId] });
    expect((await fs.readFile(path.join(dest, path.relative(session.dir, first.blob)))).equals(goodCopy)).toBe(true);
    expect((await fs.readFile(secondCopy)).equals(await fs.readFile(second.blob))).toBe(true);
    expect(eventsOfType(session, 'replication').at(-1)!.detail).toMatchObject({ changedInVault: [first.mediaId] });
    await session.close();
  });

  it('refuses a folder holding another vault, another vault’s backup (naming it), anything else, or a folder inside the vault', async () => {
    const a = await newVault();
    const b = await newVault();
    const dest = path.join(await tempDir('tv-backup-'), 'shared');
    await runBackup(a.session, dest);
    await expect(runBackup(b.session, dest)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining(a.vaultId), details: { vaultId: a.vaultId } });
    await expect(runBackup(b.session, a.dir)).rejects.toMatchObject({ code: 'BAD_INPUT' });

    const cluttered = await tempDir('tv-backup-');
    await fs.writeFile(path.join(cluttered, 'holiday.jpg'), 'not ours');
    await expect(runBackup(a.session, cluttered)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('not empty') });
    expect(await fs.readdir(cluttered)).toEqual(['holiday.jpg']);

    await expect(runBackup(a.session, path.join(a.dir, 'blobs', 'backup'))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('overlap') });
    await expect(runBackup(a.session, a.dir)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    // The refused attempts recorded nothing; the one backup did.
    expect(eventsOfType(a.session, 'replication')).toHaveLength(1);
    expect(eventsOfType(b.session, 'replication')).toHaveLength(0);
    await a.session.close();
    await b.session.close();
  });

  it('stops when the vault locks; the folder stays marked unfinished and the next backup completes it', async () => {
    const { session, dir } = await vaultWithOriginals({ 'L-1': [1_500_000, 1_500_000, 1_500_000] });
    const dest = path.join(await tempDir('tv-backup-'), 'b');
    let locking: Promise<void> | undefined;
    const attempt = runBackup(session, dest, { onProgress: (p) => void (p.phase === 'database' && (locking = session.close())) }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(await attempt).toMatchObject({ code: 'VAULT_LOCKED' });
    await locking;
    expect((await readManifest(dest))!.state).toBe('in progress');
    expect((await fs.readdir(dest)).filter((n) => n.endsWith('.partial'))).toEqual([]);

    const again = await unlock(dir);
    const summary = await runBackup(again, dest);
    expect(summary.blobsCopied + summary.blobsSkipped).toBe(3);
    expect((await readManifest(dest))!.state).toBe('complete');
    await again.close();
  });
});
