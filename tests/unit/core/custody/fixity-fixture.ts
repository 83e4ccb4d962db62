import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { startIngest } from '../../../../electron/core/media/ingest';
import { blobAbsolutePath } from '../../../../electron/core/media/blob-paths';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { newVault } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';

/** An original as the tests know it: the bytes that went in, and where its blob lives. */
export interface Original {
  mediaId: string;
  testimonyId: string;
  testimonyCode: string;
  originalName: string;
  bytes: Buffer;
  blob: string;
}

/** Imports `bytes` under `name` (a real file, a real ingest worker). */
export async function importOriginal(session: VaultSession, testimony: { id: string; code: string }, name: string, bytes: Buffer): Promise<Original> {
  const file = path.join(await tempDir('tv-src-'), name);
  await fs.writeFile(file, bytes);
  const record = await (await startIngest(session, testimony.id, file, () => undefined)).done;
  return { mediaId: record.id, testimonyId: testimony.id, testimonyCode: testimony.code, originalName: name, bytes, blob: blobAbsolutePath(session.dir, record.blobPath) };
}

/** Random text of `size` bytes: written statements are among the originals the vault keeps. */
export function randomText(size: number): Buffer {
  return Buffer.from(randomBytes(Math.ceil(size / 2)).toString('hex').slice(0, size));
}

/**
 * A real vault holding testimonies with originals: `layout` maps a testimony code to the
 * sizes of its originals (random text; several 64 KiB chunks each when large enough).
 */
export async function vaultWithOriginals(layout: Record<string, number[]>) {
  const vault = await newVault();
  const originals: Original[] = [];
  for (const [code, sizes] of Object.entries(layout)) {
    const testimony = await createTestimony(vault.session, { code, title: `Testimony ${code}` });
    for (const [i, size] of sizes.entries()) originals.push(await importOriginal(vault.session, testimony, `${code}-statement-${i}.txt`, randomText(size)));
  }
  return { ...vault, originals };
}

export interface StoredEvent {
  type: string;
  objectType: string;
  objectId: string;
  detail: Record<string, unknown>;
}

export function eventsOfType(session: VaultSession, type: string): StoredEvent[] {
  const rows = session.db.prepare('SELECT type, object_type AS objectType, object_id AS objectId, detail FROM audit_events WHERE type = ? ORDER BY seq').all(type) as (Omit<StoredEvent, 'detail'> & { detail: string })[];
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

/** Flips one byte of a file in place. */
export async function flipByte(file: string, offset: number): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    const one = Buffer.alloc(1);
    await handle.read(one, 0, 1, offset);
    one[0] = one[0]! ^ 0x5a;
    await handle.write(one, 0, 1, offset);
  } finally {
    await handle.close();
  }
}
