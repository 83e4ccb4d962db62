import { open } from 'node:fs/promises';

/** A checkpoint note is ~200 bytes; a file in its place is never read beyond this. */
export const MAX_CHECKPOINT_FILE = 64 * 1024;

/**
 * Reads the checkpoint file kept beside the database, or undefined when there is none. At
 * most MAX_CHECKPOINT_FILE bytes are read: a huge file there is not ours, and its first
 * bytes are enough for the note parser to say so.
 */
export async function readCheckpointFile(file: string): Promise<Buffer | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(MAX_CHECKPOINT_FILE);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
