import { promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { sodium } from '../crypto/sodium';

/**
 * A recording's journal: each chunk MediaRecorder hands over is encrypted at once and appended,
 * then synced, so that a crash of the app or the machine loses at most the chunk in flight.
 *
 *   file   = MAGIC record*
 *   record = u32be length (of what follows the nonce) || 24-byte nonce || XChaCha20-Poly1305(chunk)
 *   associated data = "testimony-vault/recording/v1/" || recording id || u32be sequence number
 *
 * The key is random per recording and kept in the encrypted database. The sequence number in
 * the associated data means records cannot be reordered, dropped from the middle or copied
 * from another recording without failing authentication. A record cut short by a crash (the
 * tail) is ignored on reading: everything before it is intact.
 */
const MAGIC = Buffer.from('TVREC1\n', 'latin1');
const NONCE = 24;
const TAG = 16;
const MAX_RECORD = 8 * 1024 * 1024;

function ad(recordingId: string, seq: number): Uint8Array {
  const prefix = Buffer.from(`testimony-vault/recording/v1/${recordingId}`, 'utf8');
  const out = Buffer.alloc(prefix.length + 4);
  prefix.copy(out);
  out.writeUInt32BE(seq, prefix.length);
  return out;
}

export class JournalWriter {
  private constructor(
    private readonly handle: FileHandle,
    private readonly recordingId: string,
    private readonly key: Uint8Array,
    private seq: number,
  ) {}

  /** Opens (creating when new) the journal for appending, after the records already in it. */
  static async open(path: string, recordingId: string, key: Uint8Array, existingRecords: number): Promise<JournalWriter> {
    const handle = await fs.open(path, 'a', 0o600);
    const stat: Stats = await handle.stat();
    if (stat.size === 0) {
      await handle.write(MAGIC);
      await handle.sync();
    }
    // A copy of its own (Buffer#slice would share memory with the caller, who wipes it).
    return new JournalWriter(handle, recordingId, Uint8Array.from(key), existingRecords);
  }

  get records(): number {
    return this.seq;
  }

  async append(chunk: Uint8Array): Promise<void> {
    if (chunk.byteLength + TAG > MAX_RECORD) throw new RangeError('recording chunk too large');
    const s = await sodium();
    const nonce = s.randombytes_buf(NONCE);
    const sealed = s.crypto_aead_xchacha20poly1305_ietf_encrypt(chunk, ad(this.recordingId, this.seq), null, nonce, this.key);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(sealed.byteLength);
    await this.handle.writev([head, nonce, sealed]);
    // Durable before the renderer hears "stored": a power cut cannot take this chunk back.
    await this.handle.sync();
    this.seq++;
  }

  async close(): Promise<void> {
    this.key.fill(0);
    await this.handle.close();
  }
}

/** Why reading stopped before the end of the file, if it did. */
export type JournalStop = 'cut-short' | 'failed-authentication' | null;

/**
 * Reads a journal back, chunk by chunk, handing each decrypted chunk to `onChunk` (so a long
 * recording is never held whole in memory). Returns how many records were read and why it
 * stopped if that was before the end.
 */
export async function readJournal(
  path: string,
  recordingId: string,
  key: Uint8Array,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<{ records: number; bytes: number; stoppedEarly: JournalStop }> {
  const s = await sodium();
  const handle = await fs.open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const magic = Buffer.alloc(MAGIC.length);
    if (size < MAGIC.length || (await handle.read(magic, 0, MAGIC.length, 0)).bytesRead !== MAGIC.length || !magic.equals(MAGIC)) {
      return { records: 0, bytes: 0, stoppedEarly: size === 0 ? 'cut-short' : 'failed-authentication' };
    }
    let position = MAGIC.length;
    let records = 0;
    let bytes = 0;
    const head = Buffer.alloc(4 + NONCE);
    while (position < size) {
      if (size - position < head.length) return { records, bytes, stoppedEarly: 'cut-short' };
      await handle.read(head, 0, head.length, position);
      const length = head.readUInt32BE(0);
      if (length < TAG || length > MAX_RECORD) return { records, bytes, stoppedEarly: 'failed-authentication' };
      if (size - position - head.length < length) return { records, bytes, stoppedEarly: 'cut-short' };
      const sealed = Buffer.alloc(length);
      await handle.read(sealed, 0, length, position + head.length);
      let chunk: Uint8Array;
      try {
        chunk = s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, ad(recordingId, records), head.subarray(4), key);
      } catch {
        return { records, bytes, stoppedEarly: 'failed-authentication' };
      }
      await onChunk(chunk);
      records++;
      bytes += chunk.byteLength;
      position += head.length + length;
    }
    return { records, bytes, stoppedEarly: null };
  } finally {
    await handle.close();
  }
}
