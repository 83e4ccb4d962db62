import { createHash } from 'node:crypto';
import { readPackage, type SourceOutcome } from './package-verify-source';
import type { PackageKind, PackageLimits, PackageSecret } from './package-verify-types';

/**
 * One pass over a package: every file is hashed (SHA-256 and SHA-512) as it streams by; the
 * tag files and the small metadata files the checks read are kept in memory (bounded); the
 * payload is never held. An import also hands each original to a sink (encryption into the
 * vault) in the same pass, so the package is decrypted once.
 */
export interface FileFacts {
  size: number;
  sha256: string;
  sha512: string;
}

export interface PieceSink {
  push(piece: Uint8Array): Promise<void>;
  finish(): Promise<void>;
}

export interface CollectedBag extends SourceOutcome {
  files: Map<string, FileFacts>;
  held: Map<string, Buffer>;
  /** Names and entries the archive check refuses. */
  archiveProblems: string[];
}

export interface CollectOptions {
  limits: PackageLimits;
  /** Files to hold besides those the checks read (an import also reads the transcripts). */
  alsoHold?: (path: string) => boolean;
  /** Where an original goes while it is hashed; null or absent: nowhere. */
  sinkFor?: (path: string, size: number) => Promise<PieceSink | null>;
  onProgress?: (done: number, total: number) => void;
}

/** Files the checks read: tag files, the audit files, each testimony's record and PREMIS. */
export function heldForChecks(path: string): boolean {
  return !path.includes('/') || /^data\/audit\/[^/]+$/.test(path) || /^data\/metadata\/[^/]+\/(record\.json|premis\.xml)$/.test(path);
}

export async function collectBag(file: string, kind: PackageKind, secret: PackageSecret | null, options: CollectOptions): Promise<CollectedBag> {
  const files = new Map<string, FileFacts>();
  const held = new Map<string, Buffer>();
  const archiveProblems: string[] = [];
  let heldBytes = 0;
  const { limits } = options;

  const outcome = await readPackage(file, kind, secret, limits, {
    onProblem: (problem) => archiveProblems.push(problem),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    onFile: async ({ path, size, content }) => {
      let hold = heldForChecks(path) || (options.alsoHold?.(path) ?? false);
      if (hold && (size > limits.maxHeldFileBytes || heldBytes + size > limits.maxHeldBytes)) {
        archiveProblems.push(`${JSON.stringify(path)} has ${size} bytes, more than this tool reads into memory (${Math.min(limits.maxHeldFileBytes, limits.maxHeldBytes - heldBytes)} bytes); it was not checked`);
        hold = false;
      }
      const sink = path.startsWith('data/originals/') ? ((await options.sinkFor?.(path, size)) ?? null) : null;
      const h256 = createHash('sha256');
      const h512 = createHash('sha512');
      const pieces: Uint8Array[] = [];
      let count = 0;
      for await (const piece of content) {
        h256.update(piece);
        h512.update(piece);
        count += piece.byteLength;
        if (hold) pieces.push(Uint8Array.from(piece));
        if (sink) await sink.push(piece);
      }
      if (sink) await sink.finish();
      if (hold) {
        held.set(path, Buffer.concat(pieces));
        heldBytes += count;
      }
      files.set(path, { size: count, sha256: h256.digest('hex'), sha512: h512.digest('hex') });
    },
  });
  return { ...outcome, files, held, archiveProblems };
}
