import type { ErrorCode, ErrorDetails } from '../../../shared/errors';
import type { ImportedBlob } from './package-import-blob';
import type { PackageEvent } from './package-verify-audit';
import type { FileFacts } from './package-verify-collect';
import type { PackageKind, PackageLimits, PackageSecret, VerifyReport } from './package-verify-types';

/** Messages between custody/package-verify.ts and package-verify.worker.ts. */
export interface VerifyWorkerInput {
  file: string;
  kind: PackageKind;
  secret: PackageSecret | null;
  pinnedKey: string | null;
  limits: PackageLimits;
  /** For an import: originals are encrypted into this vault's blobs folder during the pass. */
  importInto: { vaultDir: string } | null;
}

/** What an import needs besides the report (absent for a plain verification). */
export interface ImportMaterial {
  files: [string, FileFacts][];
  held: [string, Uint8Array][];
  events: PackageEvent[];
  blobs: ImportedBlob[];
  /** The X25519 identity made for each testimony code whose originals were encrypted. */
  identities: { code: string; secretKey: Uint8Array; publicKey: Uint8Array }[];
}

export type VerifyWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: VerifyReport; material: ImportMaterial | null }
  | { type: 'error'; code: ErrorCode; message: string; details?: ErrorDetails };
