import { promises as fs } from 'node:fs';
import { VaultError } from '../../../shared/errors';
import { decodeIdentity } from '../crypto/age/identity';
import { AgeError } from '../crypto/age/errors';
import { spawnWorker } from '../workers/spawn';
import { parsePublicKey } from './minisign';
import { detectKind } from './package-verify-source';
import type { ImportMaterial, VerifyWorkerInput, VerifyWorkerMessage } from './package-verify-protocol';
import { DEFAULT_LIMITS, type PackageKind, type PackageLimits, type PackageSecret, type VerifyReport } from './package-verify-types';

/**
 * Verifying a received custody package (issue 5, "Verification"): an age-encrypted tar as
 * exported, a plain tar, or a bag folder. Runs in a worker so the app stays responsive over a
 * package of many gigabytes; memory is bounded (see PackageLimits). Works with no vault at all:
 * this is what a recipient runs.
 */
export interface VerifyRequest {
  path: string;
  /** Needed only for an encrypted package. */
  secret?: PackageSecret | null;
  /** The text of a minisign public key the bag must be signed with (`--key FILE`). */
  pinnedKey?: string | null;
  limits?: Partial<PackageLimits>;
  onProgress?: (done: number, total: number) => void;
  /** Stops the worker (the vault is being locked). A partial blob left behind is swept at the next unlock. */
  signal?: AbortSignal;
}

/** X25519 identities of an age identity file (age-keygen's format): `AGE-SECRET-KEY-1…` lines, `#` comments. */
export function parseIdentityFile(text: string): Uint8Array[] {
  const keys: Uint8Array[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      keys.push(decodeIdentity(line));
    } catch (error) {
      // The message never repeats the line: it is a secret.
      if (error instanceof AgeError) throw new VaultError('BAD_INPUT', `Line ${i + 1} of the identity file is not an age identity (AGE-SECRET-KEY-1…).`, { line: i + 1 });
      throw error;
    }
  });
  if (keys.length === 0) throw new VaultError('BAD_INPUT', 'The identity file holds no AGE-SECRET-KEY-1… line.');
  return keys;
}

/** What the package is; a missing file or something else than a package is bad input. */
export async function packageKind(file: string): Promise<PackageKind> {
  let kind: PackageKind | null;
  try {
    kind = await detectKind(file);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') throw new VaultError('FILE_NOT_FOUND', `${file} does not exist.`, { fileName: file });
    throw new VaultError('FILE_UNREADABLE', `${file} cannot be read.`, { fileName: file });
  }
  if (!kind) throw new VaultError('BAD_INPUT', `${file} is not a custody package: neither an age-encrypted file, a tar archive nor a bag folder.`, { fileName: file });
  return kind;
}

/** Runs the verification worker; with `importInto`, originals are encrypted into that vault as they pass. */
export async function runVerifyWorker(
  request: VerifyRequest,
  importInto: { vaultDir: string } | null,
): Promise<{ report: VerifyReport; material: ImportMaterial | null }> {
  const kind = await packageKind(request.path);
  const secret = request.secret ?? null;
  if (kind === 'age' && !secret) throw new VaultError('BAD_INPUT', `${request.path} is encrypted: give the identity file (--identity FILE) or the passphrase (--passphrase-file FILE) it was made for.`);
  const pinnedKey = request.pinnedKey ?? null;
  if (pinnedKey !== null && !parsePublicKey(pinnedKey)) throw new VaultError('BAD_INPUT', 'The expected signing key is not a minisign public key (the vault-signing-key.pub the sender gave you).');
  const input: VerifyWorkerInput = { file: request.path, kind, secret, pinnedKey, limits: { ...DEFAULT_LIMITS, ...request.limits }, importInto };
  const worker = spawnWorker('package-verify', input);
  if (secret?.kind === 'passphrase') secret.passphrase.fill(0);
  if (secret?.kind === 'identities') for (const key of secret.secretKeys) key.fill(0);
  try {
    return await new Promise((resolve, reject) => {
      const stop = () => reject(request.signal?.reason instanceof Error ? request.signal.reason : new VaultError('CANCELLED', 'The verification was stopped.'));
      if (request.signal?.aborted) stop();
      request.signal?.addEventListener('abort', stop, { once: true });
      worker.on('message', (m: VerifyWorkerMessage) => {
        if (m.type === 'progress') request.onProgress?.(m.done, m.total);
        else if (m.type === 'done') resolve({ report: m.report, material: m.material });
        else reject(new VaultError(m.code, m.message, m.details));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`verification worker exited early (code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

export async function verifyPackage(request: VerifyRequest): Promise<VerifyReport> {
  return (await runVerifyWorker(request, null)).report;
}

/** Reads a small input file (identity, passphrase, key) or says which one is missing. */
export async function readInputFile(file: string, what: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > 1024 * 1024) throw new VaultError('BAD_INPUT', `The ${what} ${file} is not a small text file.`, { fileName: file });
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError('FILE_NOT_FOUND', `The ${what} ${file} cannot be read.`, { fileName: file });
  }
}
