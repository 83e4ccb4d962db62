import type { ErrorCode, ErrorDetails } from '../../../shared/errors';

/** Messages between custody/package-export.ts and package.worker.ts. */
export type PackageEntry =
  | { path: string; kind: 'bytes'; data: Uint8Array }
  /** An original: decrypted from its blob while streaming, checked against its ingest hash. */
  | { path: string; kind: 'blob'; blobPath: string; identity: Uint8Array; size: number; sha256: string };

export interface PackageWorkerInput {
  /** Where to write the encrypted package (a temporary name beside the chosen target). */
  outputPath: string;
  /** X25519 public keys of the recipients, or one passphrase (age's scrypt recipient). */
  recipients: { kind: 'keys'; publicKeys: Uint8Array[] } | { kind: 'passphrase'; passphrase: Uint8Array; logN?: number };
  /** Payload files, in the order they go into the archive. */
  entries: PackageEntry[];
  /** bag-info.txt without Payload-Oxum and Bag-Size, which the worker adds once it knows them. */
  bagInfo: [string, string][];
  /** The bag's top folder inside the archive. */
  root: string;
  signing: { secretKey: Uint8Array; publicKey: Uint8Array; publicKeyText: string; trustedComment: string };
}

export interface PackageResult {
  packageSha256: string;
  packageBytes: number;
  payloadOxum: string;
  tagManifestSha256: string;
}

export type PackageWorkerMessage =
  | { type: 'progress'; bytesDone: number; bytesTotal: number }
  | ({ type: 'done' } & PackageResult)
  | { type: 'error'; code: ErrorCode; message: string; details?: ErrorDetails };
