import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { syncDirectory } from '../fs/atomic-write';

/**
 * Writes a checked publication into the folder the person chose: first into a hidden
 * temporary folder beside it, every file synced, then one rename to `publication` (or
 * `publication-2`, …; an existing folder is never replaced). A failure on the way removes
 * the temporary folder: the chosen folder holds either the whole publication or nothing of it.
 * Names are ours and generic: nothing taken from the testimony, its files or its people.
 */

export const PUBLICATION_FOLDER = 'publication';
const MAX_TRIES = 100;

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

async function requireFolder(folder: string): Promise<void> {
  const stat = await fs.stat(folder).catch(() => null);
  if (stat === null) throw new VaultError('FILE_NOT_FOUND', 'The chosen folder does not exist any more.');
  if (!stat.isDirectory()) throw new VaultError('BAD_INPUT', 'The chosen place is not a folder.');
}

/** The folder name a publication will get in `folder` (the first free one). */
export async function freePublicationName(folder: string): Promise<string> {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const name = n === 1 ? PUBLICATION_FOLDER : `${PUBLICATION_FOLDER}-${n}`;
    if (!(await exists(path.join(folder, name)))) return name;
  }
  throw new VaultError('FILE_EXISTS', `The chosen folder already holds ${MAX_TRIES} publications; choose another folder.`);
}

export async function writePublication(
  folder: string,
  files: ReadonlyMap<string, Uint8Array>,
  /** Large files (redacted audio) written piece by piece as they are decrypted. */
  streams: ReadonlyMap<string, () => AsyncIterable<Uint8Array>> = new Map(),
): Promise<{ folder: string; files: string[] }> {
  await requireFolder(folder);
  const temp = path.join(folder, `.publication-${randomBytes(6).toString('hex')}.partial`);
  await fs.mkdir(temp, { mode: 0o700 });
  try {
    for (const [name, data] of files) {
      const handle = await fs.open(path.join(temp, name), 'wx', 0o644);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const [name, read] of streams) {
      const handle = await fs.open(path.join(temp, name), 'wx', 0o644);
      try {
        for await (const piece of read()) await handle.write(piece);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await fs.chmod(temp, 0o755);
    await syncDirectory(temp);
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const target = path.join(folder, await freePublicationName(folder));
      try {
        // rename() would replace an empty folder created since the check: refuse to, and try the next name.
        if (await exists(target)) continue;
        await fs.rename(temp, target);
        await syncDirectory(folder);
        return { folder: target, files: [...files.keys(), ...streams.keys()] };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' || code === 'ENOTEMPTY') continue;
        throw error;
      }
    }
    throw new VaultError('FILE_EXISTS', 'Another program keeps creating folders named like the publication; choose another folder.');
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true });
    throw error;
  }
}
