import { promises as fs } from 'node:fs';
import path from 'node:path';
import { allBlobPaths } from '../db/queries/media';
import { statement } from '../db/statements';
import type { VaultSession } from '../vault/session';
import { PARTIAL_SUFFIX } from './blob-paths';

/**
 * After a crash: an import that did not finish left a `.partial` blob, or a finished blob
 * whose database row never committed. Both are ciphertext nobody references; they are
 * removed so the vault holds exactly what its database says. Runs at unlock, under the
 * vault's process lock, so no import of another process is in flight.
 */
export async function sweepInterruptedIngests(session: VaultSession): Promise<{ removed: number }> {
  const known = allBlobPaths(session.db);
  // Redacted audio made for publication lives beside the originals (blobs/redacted/).
  for (const { blob_path } of statement<[], { blob_path: string }>(session.db, 'SELECT blob_path FROM redacted_audio').all()) known.add(blob_path);
  let removed = 0;
  let shards: string[];
  try {
    shards = await fs.readdir(session.blobsDir);
  } catch {
    return { removed };
  }
  for (const shard of shards) {
    const shardDir = path.join(session.blobsDir, shard);
    const stat = await fs.stat(shardDir);
    if (!stat.isDirectory()) continue;
    for (const name of await fs.readdir(shardDir)) {
      const relative = path.posix.join('blobs', shard, name);
      const orphan = name.endsWith(PARTIAL_SUFFIX) || (name.endsWith('.age') && !known.has(relative));
      if (orphan) {
        await fs.rm(path.join(shardDir, name), { force: true });
        removed++;
      }
    }
  }
  return { removed };
}
