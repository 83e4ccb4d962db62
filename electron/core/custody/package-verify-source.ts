import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AgeFileReader } from '../crypto/age/reader';
import { AgeError } from '../crypto/age/errors';
import { readTar, TarError } from './tar';
import { NameRegistry, shown, unsafeName } from './package-verify-names';
import type { CheckResult, PackageKind, PackageLimits, PackageSecret } from './package-verify-types';

/**
 * Reading a received package as a stream of bag files: an age-encrypted tar (as exported), a
 * plain tar (a recipient who ran `age -d` already), or a folder (the bag after `tar -x`).
 * Every file is handed over as a stream of pieces; nothing is extracted, and no name from the
 * package is ever used as a path.
 */
export interface BagFile {
  /** Path inside the bag (below its top folder), with "/" separators. */
  path: string;
  size: number;
  content: AsyncIterable<Uint8Array>;
}

export interface SourceHooks {
  /** Must consume `content` before returning (or leave it: the rest is then skipped). */
  onFile: (file: BagFile) => Promise<void>;
  /** A file or folder the archive check refuses; reading goes on so that every problem is named. */
  onProblem: (problem: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export interface SourceOutcome {
  /** Present for an encrypted package. */
  decryption: CheckResult | null;
  /** Why the archive could not be read to its end (the other checks then cannot run). */
  fatal: string | null;
}

const AGE_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_MAGIC = '-----BEGIN AGE ENCRYPTED FILE-----';

/** What the package is, from its first bytes; null when it is none of the three. */
export async function detectKind(file: string): Promise<PackageKind | null> {
  const stat = await fs.stat(file);
  if (stat.isDirectory()) return 'directory';
  if (!stat.isFile()) return null;
  const handle = await fs.open(file, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    const text = head.subarray(0, bytesRead).toString('latin1');
    if (text.startsWith(AGE_MAGIC) || text.startsWith(ARMOR_MAGIC)) return 'age';
    // ustar magic at offset 257 ("ustar\0" POSIX, "ustar  " GNU).
    if (bytesRead === 512 && text.slice(257, 262) === 'ustar') return 'tar';
    return null;
  } finally {
    await handle.close();
  }
}

async function isArmored(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const head = Buffer.alloc(ARMOR_MAGIC.length);
    await handle.read(head, 0, head.length, 0);
    return head.toString('latin1') === ARMOR_MAGIC;
  } finally {
    await handle.close();
  }
}

async function* counted(pieces: AsyncIterable<Uint8Array>, total: number, onProgress?: (done: number, total: number) => void): AsyncGenerator<Uint8Array> {
  let done = 0;
  let last = 0;
  for await (const piece of pieces) {
    done += piece.byteLength;
    if (onProgress && (done - last >= 4 * 1024 * 1024 || done === total)) {
      last = done;
      onProgress(done, total);
    }
    yield piece;
  }
}

async function* fileStream(file: string): AsyncGenerator<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    for (let position = 0; ; ) {
      const buffer = new Uint8Array(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Tar entries below one top folder (the bag's), with every name checked before its file is read. */
async function readBagTar(source: AsyncIterable<Uint8Array>, limits: PackageLimits, hooks: SourceHooks): Promise<void> {
  const names = new NameRegistry();
  let root: string | null = null;
  let total = 0;
  await readTar(
    source,
    async (entry, content) => {
      const problem = unsafeName(entry.path) ?? names.add(entry.path, entry.type);
      if (problem) return hooks.onProblem(problem);
      const [top = '', ...rest] = entry.path.replace(/\/$/, '').split('/');
      root ??= top;
      if (top !== root) return hooks.onProblem(`${shown(entry.path)} is outside the bag's folder ${shown(root)}`);
      if (rest.length === 0) {
        if (entry.type === 'file') hooks.onProblem(`${shown(entry.path)} is a file beside the bag's folder, not in it`);
        return;
      }
      if (entry.type === 'directory') return;
      total += entry.size;
      if (total > limits.maxPackageBytes) throw new TarError(`tar: the package holds more than ${limits.maxPackageBytes} bytes (at ${shown(entry.path)})`);
      await hooks.onFile({ path: rest.join('/'), size: entry.size, content });
    },
    { maxEntries: limits.maxEntries, maxEntrySize: limits.maxMemberBytes },
  );
}

/** The bag folder: the one given, or its only sub-folder holding bagit.txt (the folder `tar -x` was run in). */
async function bagFolder(dir: string): Promise<string> {
  if (await fs.stat(path.join(dir, 'bagit.txt')).catch(() => null)) return dir;
  const subfolders = (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory());
  const only = subfolders.length === 1 ? path.join(dir, subfolders[0]!.name) : null;
  return only && (await fs.stat(path.join(only, 'bagit.txt')).catch(() => null)) ? only : dir;
}

/** A folder, walked without following links: a link or a device is refused, never read. */
async function readBagFolder(dir: string, limits: PackageLimits, hooks: SourceHooks): Promise<void> {
  const names = new NameRegistry();
  const files: { relative: string; full: string; size: number }[] = [];
  let entries = 0;
  let total = 0;
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const listing = (await fs.readdir(folder)).sort();
    for (const name of listing) {
      const relative = prefix ? `${prefix}/${name}` : name;
      const full = path.join(folder, name);
      const stat = await fs.lstat(full);
      if (++entries > limits.maxEntries) throw new TarError(`the folder holds more than ${limits.maxEntries} entries`);
      const type = stat.isDirectory() ? 'directory' : 'file';
      const problem = unsafeName(relative) ?? names.add(relative, type);
      if (problem) hooks.onProblem(problem);
      else if (stat.isSymbolicLink()) hooks.onProblem(`${shown(relative)} is a symbolic link; only files and folders are accepted (it was not followed)`);
      else if (stat.isDirectory()) await walk(full, relative);
      else if (!stat.isFile()) hooks.onProblem(`${shown(relative)} is a device, socket or FIFO; only files and folders are accepted`);
      else if (stat.size > limits.maxMemberBytes) throw new TarError(`${shown(relative)} is larger than ${limits.maxMemberBytes} bytes`);
      else {
        total += stat.size;
        if (total > limits.maxPackageBytes) throw new TarError(`the folder holds more than ${limits.maxPackageBytes} bytes`);
        files.push({ relative, full, size: stat.size });
      }
    }
  };
  await walk(dir, '');
  let done = 0;
  for (const file of files) {
    await hooks.onFile({ path: file.relative, size: file.size, content: fileStream(file.full) });
    done += file.size;
    hooks.onProgress?.(done, total);
  }
}

function describeAgeError(error: AgeError): string {
  if (error.code === 'NO_MATCHING_IDENTITY') return 'None of the given keys or passphrase opens this package: it was encrypted for someone else, or the passphrase is wrong.';
  if (error.code === 'CHUNK_AUTH_FAILED' && error.chunkIndex !== undefined) {
    return `The package is damaged or was altered: its encrypted chunk ${error.chunkIndex} (around byte ${error.chunkIndex * 65536} of the content) fails authentication.`;
  }
  return error.message;
}

/** Reads the package, handing every bag file to the hooks. */
export async function readPackage(file: string, kind: PackageKind, secret: PackageSecret | null, limits: PackageLimits, hooks: SourceHooks): Promise<SourceOutcome> {
  let decryption: CheckResult | null = null;
  let reader: AgeFileReader | null = null;
  try {
    if (kind === 'directory') {
      await readBagFolder(await bagFolder(file), limits, hooks);
    } else if (kind === 'tar') {
      await readBagTar(counted(fileStream(file), (await fs.stat(file)).size, hooks.onProgress), limits, hooks);
    } else {
      if (!secret) throw new Error('an encrypted package needs an identity or a passphrase');
      if (await isArmored(file)) {
        const problem = 'The package is ASCII-armored age; decode it first with `age -d`, or ask the sender for the binary package.';
        return { decryption: { check: 'decryption', ok: false, problems: [problem] }, fatal: problem };
      }
      const identities = secret.kind === 'identities' ? secret.secretKeys : [{ passphrase: secret.passphrase }];
      decryption = { check: 'decryption', ok: true, problems: [] };
      reader = await AgeFileReader.open(file, identities);
      await readBagTar(counted(reader.stream(), reader.size, hooks.onProgress), limits, hooks);
    }
    return { decryption, fatal: null };
  } catch (error) {
    if (error instanceof AgeError) {
      const problem = describeAgeError(error);
      return { decryption: { check: 'decryption', ok: false, problems: [problem] }, fatal: problem };
    }
    if (error instanceof TarError) return { decryption, fatal: error.message.replace(/^tar: /, '') };
    throw error;
  } finally {
    await reader?.close();
  }
}
