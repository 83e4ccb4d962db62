import { createHash, type Hash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { VaultError } from '../../../shared/errors';
import { AgeEncryptor } from '../crypto/age/writer';
import { AgeFileReader } from '../crypto/age/reader';
import { AgeError } from '../crypto/age/errors';
import { BAGIT_TXT, bagInfo, humanSize, manifest, payloadOxum } from './bag-files';
import { prehash, signPrehashed } from './minisign';
import { TarWriter } from './tar';
import type { PackageWorkerInput, PackageWorkerMessage } from './package-protocol';

/**
 * Builds a custody package in one streaming pass: originals are decrypted from the vault
 * piece by piece, hashed (SHA-256 and SHA-512 for the manifests; the SHA-256 is also checked
 * against the ingest hash, so a damaged original is never handed over as if intact), written
 * into the tar of the bag, which is age-encrypted to the recipients as it is produced. Only
 * ciphertext reaches the disk; memory holds a few pieces and the (small) tag files.
 */
const PROGRESS_EVERY_MS = 200;

function post(message: PackageWorkerMessage): void {
  parentPort?.postMessage(message);
}

class EncryptedOutput {
  readonly hash: Hash = createHash('sha256');
  bytes = 0;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: fs.FileHandle,
    private readonly encryptor: AgeEncryptor,
  ) {}

  private async write(chunks: Uint8Array[]): Promise<void> {
    if (chunks.length === 0) return;
    for (const c of chunks) {
      this.hash.update(c);
      this.bytes += c.byteLength;
    }
    // One write in flight while the next pieces are encrypted.
    await this.pending;
    this.pending = this.file.writev(chunks);
  }

  async start(): Promise<void> {
    await this.write([this.encryptor.header]);
  }

  async push(plaintext: Uint8Array): Promise<void> {
    await this.write(this.encryptor.update(plaintext));
  }

  async end(): Promise<void> {
    await this.write([this.encryptor.finish()]);
    await this.pending;
    await this.file.sync();
  }
}

async function build(input: PackageWorkerInput): Promise<void> {
  const encryptor = await AgeEncryptor.create(input.recipients.kind === 'keys' ? input.recipients.publicKeys : [{ passphrase: input.recipients.passphrase, ...(input.recipients.logN ? { logN: input.recipients.logN } : {}) }]);
  if (input.recipients.kind === 'passphrase') input.recipients.passphrase.fill(0);
  const file = await fs.open(input.outputPath, 'wx', 0o600);
  try {
    const out = new EncryptedOutput(file, encryptor);
    await out.start();
    const tar = new TarWriter((chunk) => out.push(chunk));
    const total = input.entries.reduce((sum, e) => sum + (e.kind === 'bytes' ? e.data.byteLength : e.size), 0);
    let done = 0;
    let last = 0;
    const progress = (n: number) => {
      done += n;
      if (Date.now() - last >= PROGRESS_EVERY_MS) {
        last = Date.now();
        post({ type: 'progress', bytesDone: done, bytesTotal: total });
      }
    };

    const sums256: { path: string; hash: string }[] = [];
    const sums512: { path: string; hash: string }[] = [];
    let payloadBytes = 0;
    for (const entry of input.entries) {
      const h256 = createHash('sha256');
      const h512 = createHash('sha512');
      const tee = async function* (pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
        for await (const piece of pieces) {
          h256.update(piece);
          h512.update(piece);
          progress(piece.byteLength);
          yield piece;
        }
      };
      const name = `${input.root}/${entry.path}`;
      if (entry.kind === 'bytes') {
        await tar.addFile(name, entry.data.byteLength, tee([entry.data]));
        payloadBytes += entry.data.byteLength;
      } else {
        const reader = await AgeFileReader.open(entry.blobPath, [entry.identity]);
        entry.identity.fill(0);
        try {
          if (reader.size !== entry.size) throw new VaultError('FIXITY_MISMATCH', `${entry.path}: the original has ${reader.size} bytes, ${entry.size} were recorded at ingest.`, { path: entry.path });
          await tar.addFile(name, entry.size, tee(reader.stream()));
        } finally {
          await reader.close();
        }
        payloadBytes += entry.size;
      }
      const sha256 = h256.digest('hex');
      if (entry.kind === 'blob' && sha256 !== entry.sha256) {
        throw new VaultError('FIXITY_MISMATCH', `${entry.path} no longer matches the SHA-256 recorded at ingest; nothing was handed over.`, { path: entry.path });
      }
      sums256.push({ path: entry.path, hash: sha256 });
      sums512.push({ path: entry.path, hash: h512.digest('hex') });
    }

    const oxum = payloadOxum(payloadBytes, input.entries.length);
    const tagFiles: [string, string][] = [
      ['bagit.txt', BAGIT_TXT],
      ['bag-info.txt', bagInfo([...input.bagInfo, ['Payload-Oxum', oxum], ['Bag-Size', humanSize(payloadBytes)]])],
      ['manifest-sha256.txt', manifest(sums256)],
      ['manifest-sha512.txt', manifest(sums512)],
      ['vault-signing-key.pub', input.signing.publicKeyText],
    ];
    const tag256 = manifest(tagFiles.map(([path, text]) => ({ path, hash: createHash('sha256').update(text).digest('hex') })));
    const tag512 = manifest(tagFiles.map(([path, text]) => ({ path, hash: createHash('sha512').update(text).digest('hex') })));
    const signature = await signPrehashed(
      { secretKey: input.signing.secretKey, publicKey: input.signing.publicKey },
      await prehash([Buffer.from(tag256)]),
      input.signing.trustedComment,
      'Testimony Vault custody package signature (check with: minisign -V -p vault-signing-key.pub -m tagmanifest-sha256.txt)',
    );
    input.signing.secretKey.fill(0);
    for (const [path, text] of [...tagFiles, ['tagmanifest-sha256.txt', tag256], ['tagmanifest-sha512.txt', tag512], ['tagmanifest-sha256.txt.minisig', signature]] as const) {
      await tar.addBuffer(`${input.root}/${path}`, Buffer.from(text, 'utf8'));
    }
    await tar.finish();
    await out.end();
    post({
      type: 'done',
      packageSha256: out.hash.digest('hex'),
      packageBytes: out.bytes,
      payloadOxum: oxum,
      tagManifestSha256: createHash('sha256').update(tag256).digest('hex'),
    });
  } finally {
    await file.close();
  }
}

const input = workerData as PackageWorkerInput;
build(input).catch(async (error: unknown) => {
  await fs.rm(input.outputPath, { force: true }).catch(() => undefined);
  if (error instanceof VaultError) post({ type: 'error', code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) });
  else if (error instanceof AgeError) post({ type: 'error', code: 'BLOB_CORRUPT', message: `An original is damaged in the vault: ${error.message}`, details: { reason: error.code } });
  else post({ type: 'error', code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
});
