import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import {
  AgeEncryptor,
  AgeError,
  AgeFileReader,
  type AgeErrorCode,
  encodeIdentity,
  encodeRecipient,
  encryptFile,
  generateIdentity,
} from '../../../../../electron/core/crypto/age';

/** Shared by the age tests: temp dirs, the stock `age` tools, and files written both ways. */

const execFileAsync = promisify(execFile);

export interface RunResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs a stock tool (age, age-keygen) and returns its exit code instead of throwing. */
export async function run(command: string, args: readonly string[]): Promise<RunResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr: stderr.toString() };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: Buffer; stderr?: Buffer };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? Buffer.alloc(0), stderr: String(failed.stderr ?? '') };
  }
}

export async function runOk(command: string, args: readonly string[]): Promise<Buffer> {
  const result = await run(command, args);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A temp dir for this test file, removed after it. */
export function useTempDir(): () => string {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tv-age-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error('temp dir not ready: call it inside a test or hook');
    return dir;
  };
}

let counter = 0;
export function uniquePath(dir: string, name: string): string {
  counter += 1;
  return path.join(dir, `${counter}-${name}`);
}

/** Deterministic but non-repeating plaintext, so swapped or shifted bytes are noticed. */
export function plaintextOf(length: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(length);
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

export interface TestIdentity {
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly recipient: string;
  /** An identity file for `age -d -i`. */
  readonly identityFile: string;
}

export async function makeIdentity(dir: string): Promise<TestIdentity> {
  const { secretKey, publicKey } = await generateIdentity();
  const identityFile = uniquePath(dir, 'key.txt');
  await writeFile(identityFile, `${encodeIdentity(secretKey)}\n`, { mode: 0o600 });
  return { secretKey, publicKey, recipient: encodeRecipient(publicKey), identityFile };
}

export type Writer = 'ours' | 'age';
export const WRITERS: readonly Writer[] = ['ours', 'age'];

/** Encrypts `plaintext` to `recipients` with our writer or the stock `age`, returning the file's path. */
export async function encryptWith(writer: Writer, dir: string, plaintext: Uint8Array, recipients: readonly TestIdentity[]): Promise<string> {
  const plainPath = uniquePath(dir, 'plain');
  const encrypted = uniquePath(dir, `${writer}.age`);
  await writeFile(plainPath, plaintext);
  if (writer === 'ours') {
    await encryptFile(plainPath, encrypted, recipients.map((r) => r.publicKey));
  } else {
    await runOk('age', [...recipients.flatMap((r) => ['-r', r.recipient]), '-o', encrypted, plainPath]);
  }
  await rm(plainPath);
  return encrypted;
}

/**
 * Feeds `plaintext` to a fresh AgeEncryptor in pieces of the given sizes (cycled), so tests also
 * exercise update()'s buffering, and returns the header and chunks it produced.
 */
export async function encryptInPieces(plaintext: Uint8Array, recipient: Uint8Array, pieceSizes: readonly number[]): Promise<{ header: Uint8Array; chunks: Uint8Array[] }> {
  const encryptor = await AgeEncryptor.create([recipient]);
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; offset < plaintext.length; i++) {
    const size = pieceSizes[i % pieceSizes.length] ?? 1; // 0 is allowed: update() with nothing
    chunks.push(...encryptor.update(plaintext.subarray(offset, offset + size)));
    offset += size;
  }
  chunks.push(encryptor.finish());
  return { header: encryptor.header, chunks };
}

/** Awaits `promise` and returns the AgeError it must reject with. */
export async function ageErrorOf(promise: Promise<unknown>): Promise<AgeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AgeError) return error;
    throw error;
  }
  throw new Error('expected an AgeError, but the operation succeeded');
}

export async function expectOpenFails(file: string, identity: TestIdentity, code: AgeErrorCode): Promise<AgeError> {
  const error = await ageErrorOf(AgeFileReader.open(file, [identity.secretKey]));
  if (error.code !== code) throw new Error(`expected ${code}, got ${error.code}: ${error.message}`);
  return error;
}

/** Reads the whole file through our reader. */
export async function readAll(file: string, identity: TestIdentity): Promise<Buffer> {
  const reader = await AgeFileReader.open(file, [identity.secretKey]);
  try {
    return Buffer.from(await reader.read(0, reader.size));
  } finally {
    await reader.close();
  }
}
