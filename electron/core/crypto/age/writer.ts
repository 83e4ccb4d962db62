import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { CHUNK_SIZE, ChunkCipher } from './chunk-cipher';
import { AgeError } from './errors';
import { encodeHeaderWithoutMac, encodeMacLineSuffix, MAX_STANZAS } from './header';
import { FILE_KEY_SIZE, headerMac, PAYLOAD_NONCE_SIZE, payloadKey, random } from './primitives';
import { wrapFileKey } from './x25519';
import { wrapWithPassphrase } from './scrypt';

/** A passphrase recipient (age's scrypt type); logN defaults to age's 18. */
export interface PassphraseRecipient {
  passphrase: Uint8Array;
  logN?: number;
}

/**
 * Streaming age encryption. The caller feeds plaintext of any size to update() and writes what
 * it returns after `header`, then writes finish(). Memory stays at one chunk: the pending
 * plaintext lives in libsodium's heap and is sealed in place.
 */
export class AgeEncryptor {
  private pending = 0;
  private index = 0;
  private finished = false;

  private constructor(
    /** Everything before the first chunk: the header, its MAC line and the payload nonce. */
    readonly header: Uint8Array,
    private readonly cipher: ChunkCipher,
  ) {}

  /**
   * Recipients are X25519 public keys (32 bytes) or one passphrase (`{ passphrase }`, the
   * scrypt recipient type, which age requires to be the only one).
   */
  static async create(recipients: readonly (Uint8Array | PassphraseRecipient)[]): Promise<AgeEncryptor> {
    if (recipients.length === 0) {
      throw new AgeError('BAD_RECIPIENT', 'Encrypting needs at least one recipient.');
    }
    if (recipients.length > MAX_STANZAS) {
      throw new AgeError('BAD_RECIPIENT', `An age file can have at most ${MAX_STANZAS} recipients (age refuses to decrypt more).`);
    }
    if (recipients.length > 1 && recipients.some((r) => !(r instanceof Uint8Array))) {
      throw new AgeError('BAD_RECIPIENT', 'A passphrase must be the only recipient of an age file.');
    }
    const fileKey = random(FILE_KEY_SIZE);
    try {
      const stanzas = [];
      for (const recipient of recipients) {
        stanzas.push(recipient instanceof Uint8Array ? await wrapFileKey(fileKey, recipient) : await wrapWithPassphrase(fileKey, recipient.passphrase, recipient.logN));
      }
      const withoutMac = encodeHeaderWithoutMac(stanzas);
      const macLine = encodeMacLineSuffix(headerMac(fileKey, withoutMac));
      const nonce = random(PAYLOAD_NONCE_SIZE);
      const header = new Uint8Array(withoutMac.length + macLine.length + nonce.length);
      header.set(withoutMac);
      header.set(macLine, withoutMac.length);
      header.set(nonce, withoutMac.length + macLine.length);
      const key = payloadKey(fileKey, nonce);
      const cipher = await ChunkCipher.create(key, 'encrypt');
      key.fill(0);
      return new AgeEncryptor(header, cipher);
    } finally {
      fileKey.fill(0);
    }
  }

  /**
   * Accepts plaintext of any length and returns the chunks it completed. The latest full chunk is
   * held back until more plaintext arrives, because if none does it must be flagged as the last.
   */
  update(plaintext: Uint8Array): Uint8Array[] {
    this.assertOpen();
    const chunks: Uint8Array[] = [];
    let offset = 0;
    while (offset < plaintext.length) {
      if (this.pending === CHUNK_SIZE) {
        chunks.push(this.cipher.seal(this.index++, CHUNK_SIZE, false));
        this.pending = 0;
      }
      const take = Math.min(CHUNK_SIZE - this.pending, plaintext.length - offset);
      this.cipher.load(plaintext.subarray(offset, offset + take), this.pending);
      this.pending += take;
      offset += take;
    }
    return chunks;
  }

  /** Seals the final chunk (empty only when the whole plaintext was empty) and wipes the key. */
  finish(): Uint8Array {
    this.assertOpen();
    this.finished = true;
    try {
      return this.cipher.seal(this.index, this.pending, true);
    } finally {
      this.cipher.dispose();
    }
  }

  /** Abandons the stream: wipes the key and buffered plaintext without producing a final chunk. */
  dispose(): void {
    this.finished = true;
    this.cipher.dispose();
  }

  private assertOpen(): void {
    if (this.finished) throw new Error('this AgeEncryptor is already finished');
  }
}

export interface EncryptFileResult {
  readonly plaintextBytes: number;
  readonly encryptedBytes: number;
}

/**
 * Encrypts the file at `srcPath` to a new file at `dstPath` (which must not exist), streaming in
 * bounded memory. The result is synced to disk; on any error the partial output is removed.
 */
export async function encryptFile(srcPath: string, dstPath: string, recipientPublicKeys: readonly Uint8Array[]): Promise<EncryptFileResult> {
  const encryptor = await AgeEncryptor.create(recipientPublicKeys);
  let plaintextBytes = 0;
  let encryptedBytes = 0;
  const output = await open(dstPath, 'wx', 0o600);
  try {
    const write = async (buffers: Uint8Array[]): Promise<void> => {
      if (buffers.length === 0) return;
      const expected = buffers.reduce((sum, b) => sum + b.length, 0);
      const { bytesWritten } = await output.writev(buffers);
      if (bytesWritten !== expected) throw new Error(`short write to ${dstPath}: is the disk full?`);
      encryptedBytes += expected;
    };
    // One write stays in flight while the next batch is encrypted; memory stays at two batches.
    let inFlight = write([encryptor.header]);
    for await (const data of createReadStream(srcPath, { highWaterMark: 16 * CHUNK_SIZE })) {
      const bytes = data as Buffer;
      plaintextBytes += bytes.length;
      const chunks = encryptor.update(bytes);
      await inFlight;
      inFlight = write(chunks);
      // Marks a failure as handled until the next await rethrows it (no unhandled rejection).
      inFlight.catch(() => undefined);
    }
    const final = encryptor.finish();
    await inFlight;
    await write([final]);
    await output.sync();
    await output.close();
    return { plaintextBytes, encryptedBytes };
  } catch (error) {
    encryptor.dispose();
    await output.close().catch(() => undefined);
    await rm(dstPath, { force: true });
    throw error;
  }
}
