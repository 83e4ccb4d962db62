import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { startIngest } from '../../../../electron/core/media/ingest';
import { MediaAccess } from '../../../../electron/core/media/media-access';
import { exportOriginal } from '../../../../electron/core/media/export-original';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { getTestimonyKey } from '../../../../electron/core/db/queries/testimonies';
import { blobAbsolutePath } from '../../../../electron/core/media/blob-paths';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { newVault, unlock } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';
import { randomText } from '../../helpers/media-files';

const CHUNK = 64 * 1024;

async function ingestBytes(session: VaultSession, testimonyId: string, bytes: Uint8Array, name = 'original.bin') {
  const file = path.join(await tempDir(), name);
  await fs.writeFile(file, bytes);
  const job = await startIngest(session, testimonyId, file, () => undefined);
  return job.done;
}

describe('media ingest', () => {
  it('stores each edge length bit-exact, hashed in the same pass, and readable at any range', async () => {
    const { session } = await newVault();
    const t = await createTestimony(session, { code: 'EDGE-1', title: 'Edge lengths' });
    const media = new MediaAccess(session);
    for (const length of [1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17]) {
      const bytes = randomText(length);
      const record = await ingestBytes(session, t.id, bytes);
      expect(record.size).toBe(length);
      expect(record.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(record.sha512).toBe(createHash('sha512').update(bytes).digest('hex'));
      const { reader } = await media.reader(record.id);
      expect(reader.size).toBe(length);
      expect(Buffer.from(await reader.read(0, length))).toEqual(bytes);
      if (length > 2) {
        const start = Math.floor(length / 3);
        expect(Buffer.from(await reader.read(start, length - 1))).toEqual(bytes.subarray(start, length - 1));
      }
    }
    await media.close();
    await session.close();
  });

  it('writes only ciphertext: the blob holds no run of the original, and the stock age tool decrypts it with the testimony identity', async () => {
    const { session, dir } = await newVault();
    const t = await createTestimony(session, { code: 'AGE-1', title: 'Interop' });
    const marker = Buffer.from(`UNIQUE-MARKER-${randomBytes(8).toString('hex')}-`.repeat(2000));
    const record = await ingestBytes(session, t.id, marker, 'statement.txt');
    expect(record.contentType).toBe('text/plain');
    const blob = blobAbsolutePath(dir, record.blobPath);
    expect((await fs.readFile(blob)).includes(marker.subarray(0, 30))).toBe(false);
    const identityFile = path.join(await tempDir(), 'id.txt');
    await fs.writeFile(identityFile, `${getTestimonyKey(session.db, t.id)!.identity}\n`);
    expect(execFileSync('age', ['-d', '-i', identityFile, blob]).equals(marker)).toBe(true);
    await session.close();
  });

  it('records the import in the audit log with the fixity values', async () => {
    const { session } = await newVault();
    const t = await createTestimony(session, { code: 'AUD-1', title: 'Audit' });
    const record = await ingestBytes(session, t.id, randomText(1000));
    const event = session.db.prepare("SELECT type, object_id AS objectId, detail FROM audit_events WHERE type = 'ingestion'").get() as { objectId: string; detail: string };
    expect(event.objectId).toBe(record.id);
    expect(JSON.parse(event.detail)).toMatchObject({ sha256: record.sha256, size: 1000 });
    expect((await session.audit.verify()).ok).toBe(true);
    await session.close();
  });

  it('refuses a file whose content contradicts its extension and leaves nothing behind', async () => {
    const { session, dir } = await newVault();
    const t = await createTestimony(session, { code: 'BAD-1', title: 'Bad input' });
    await expect(ingestBytes(session, t.id, Buffer.from('these are notes, not audio'), 'interview.mp3')).rejects.toMatchObject({ code: 'CONTENT_MISMATCH' });
    await expect(startIngest(session, t.id, path.join(dir, 'no-such-file.wav'), () => undefined)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await expect(startIngest(session, t.id, dir, () => undefined)).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    const blobs = execFileSync('find', [path.join(dir, 'blobs'), '-type', 'f']).toString().trim();
    expect(blobs).toBe('');
    expect(session.db.prepare('SELECT count(*) FROM media').pluck().get()).toBe(0);
    await session.close();
  });

  it('cancels an import in flight and removes what it wrote', async () => {
    const { session, dir } = await newVault();
    const t = await createTestimony(session, { code: 'CAN-1', title: 'Cancel' });
    const file = path.join(await tempDir(), 'big.bin');
    await fs.writeFile(file, randomText(64 * 1024 * 1024));
    const job = await startIngest(session, t.id, file, () => undefined);
    job.cancel();
    await expect(job.done).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(execFileSync('find', [path.join(dir, 'blobs'), '-type', 'f']).toString().trim()).toBe('');
    await session.close();
  });

  it('removes the leftovers of an import interrupted by a crash at the next unlock, keeping finished blobs', async () => {
    const { session, dir } = await newVault();
    const t = await createTestimony(session, { code: 'CRA-1', title: 'Crash' });
    const kept = await ingestBytes(session, t.id, randomText(5000));
    await session.close();
    // What a crash leaves: a partial blob, and a complete blob whose row never committed.
    const shard = path.join(dir, 'blobs', 'ff');
    await fs.mkdir(shard, { recursive: true });
    await fs.writeFile(path.join(shard, 'ffffffff-0000-4000-8000-000000000000.age.partial'), randomBytes(100));
    await fs.writeFile(path.join(shard, 'ffffffff-0000-4000-8000-000000000001.age'), randomBytes(100));
    const reopened = await unlock(dir);
    expect(await fs.readdir(shard)).toEqual([]);
    await fs.access(blobAbsolutePath(dir, kept.blobPath));
    await reopened.close();
  });
});

describe('export of an original', () => {
  it('writes the exact bytes to the chosen path, refuses to overwrite unless allowed, and audits it', async () => {
    const { session } = await newVault();
    const t = await createTestimony(session, { code: 'EXP-1', title: 'Export' });
    const bytes = randomText(3 * CHUNK + 5);
    const record = await ingestBytes(session, t.id, bytes);
    const media = new MediaAccess(session);
    const target = path.join(await tempDir(), 'out.bin');
    const result = await exportOriginal(session, media, record.id, target, { overwrite: false });
    expect(result.size).toBe(bytes.length);
    expect((await fs.readFile(target)).equals(bytes)).toBe(true);
    await expect(exportOriginal(session, media, record.id, target, { overwrite: false })).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    await exportOriginal(session, media, record.id, target, { overwrite: true });
    expect(session.db.prepare("SELECT count(*) FROM audit_events WHERE type = 'dissemination'").pluck().get()).toBe(2);
    await media.close();
    await session.close();
  });

  it('refuses to export a blob that was altered on disk, and writes nothing', async () => {
    const { session, dir } = await newVault();
    const t = await createTestimony(session, { code: 'EXP-2', title: 'Tamper' });
    const record = await ingestBytes(session, t.id, randomText(2 * CHUNK + 3));
    const blob = blobAbsolutePath(dir, record.blobPath);
    const bytes = await fs.readFile(blob);
    bytes[bytes.length - 100]! ^= 0x01;
    await fs.writeFile(blob, bytes);
    const media = new MediaAccess(session);
    const outDir = await tempDir();
    await expect(exportOriginal(session, media, record.id, path.join(outDir, 'out.bin'), { overwrite: false })).rejects.toMatchObject({ code: 'BLOB_CORRUPT' });
    expect(await fs.readdir(outDir)).toEqual([]);
    await media.close();
    await session.close();
  });
});
