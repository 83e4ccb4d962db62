import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AgeEncryptor } from '../crypto/age/writer';
import { blobAbsolutePath, blobRelativePath, PARTIAL_SUFFIX } from '../media/blob-paths';
import type { PieceSink } from './package-verify-collect';

/**
 * An original of a received package, encrypted into the vault as its bytes stream out of the
 * package: age to the new testimony's own recipient, written as `blobs/ab/<uuid>.age.partial`
 * (the name ingest uses, so a crash leaves only what the sweep at unlock removes). The name
 * comes from a fresh id, never from the package. Plaintext never reaches the disk. What the
 * original is (content type, kind, duration) comes from the sender's record, which describes
 * these very bytes: the import checks their hashes against it.
 */
export interface ImportedBlob {
  bagPath: string;
  mediaId: string;
  /** blobs/ab/<uuid>.age, relative to the vault, as the database stores it. */
  relative: string;
  partialPath: string;
  size: number;
}

const WRITE_AHEAD = 4;

export class BlobSink implements PieceSink {
  private size = 0;
  private readonly writes: Promise<unknown>[] = [];
  /** Bytes handed to writes so far: where the next write goes. */
  private written = 0;

  private constructor(
    readonly blob: Omit<ImportedBlob, 'size'>,
    private readonly file: fs.FileHandle,
    private readonly encryptor: AgeEncryptor,
  ) {}

  static async create(vaultDir: string, bagPath: string, recipient: Uint8Array): Promise<BlobSink> {
    const mediaId = randomUUID();
    const relative = blobRelativePath(mediaId);
    const partialPath = blobAbsolutePath(vaultDir, relative) + PARTIAL_SUFFIX;
    await fs.mkdir(path.dirname(partialPath), { recursive: true, mode: 0o700 });
    const encryptor = await AgeEncryptor.create([recipient]);
    const file = await fs.open(partialPath, 'wx', 0o600);
    const sink = new BlobSink({ bagPath, mediaId, relative, partialPath }, file, encryptor);
    await sink.write([encryptor.header]);
    return sink;
  }

  private async write(chunks: Uint8Array[]): Promise<void> {
    if (chunks.length === 0) return;
    // Writes in flight at once each name their position: unpositioned concurrent writev calls
    // may land out of order (as ingest.worker.ts learned), leaving a blob that fails to decrypt.
    const at = this.written;
    const length = chunks.reduce((n, c) => n + c.byteLength, 0);
    this.written += length;
    this.writes.push(
      this.file.writev(chunks, at).then(({ bytesWritten }) => {
        if (bytesWritten !== length) throw new Error(`short write of an imported original (${bytesWritten} of ${length} bytes at ${at})`);
      }),
    );
    if (this.writes.length >= WRITE_AHEAD) await this.writes.shift();
  }

  async push(piece: Uint8Array): Promise<void> {
    this.size += piece.byteLength;
    await this.write(this.encryptor.update(piece));
  }

  async finish(): Promise<void> {
    await this.write([this.encryptor.finish()]);
    await Promise.all(this.writes.splice(0));
    await this.file.sync();
    await this.file.close();
  }

  /** What the import records once the whole package verified. */
  result(): ImportedBlob {
    return { ...this.blob, size: this.size };
  }

  /** Closes (if still open) and removes the partial blob. */
  async discard(): Promise<void> {
    await Promise.allSettled(this.writes.splice(0));
    await this.file.close().catch(() => undefined);
    await fs.rm(this.blob.partialPath, { force: true });
  }
}
