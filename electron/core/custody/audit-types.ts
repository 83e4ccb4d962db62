/** Options and results of AuditLog (audit-log.ts). Hashes are base64, as in checkpoints. */

export interface AuditLogOptions {
  /** Log identity on the checkpoint's first line, e.g. `testimony-vault/<vaultId>`. */
  readonly origin: string;
  /** The key name in signature lines; c2sp.org/tlog-checkpoint advises the log origin. */
  readonly keyName: string;
  readonly publicKey: Uint8Array;
  /** libsodium's 64-byte Ed25519 secret key. */
  readonly secretKey: Uint8Array;
  /** `audit-checkpoint.txt` in the vault folder: outside the database, so restoring an older database shows. */
  readonly checkpointFile: string;
  /** Keys that signed earlier checkpoints, before a key change. */
  readonly previousKeys?: ReadonlyArray<{ readonly name: string; readonly publicKey: Uint8Array }>;
  /** Clock; tests pass their own. */
  readonly now?: () => Date;
}

export interface SignedCheckpoint {
  readonly treeSize: number;
  /** Base64, as on the checkpoint's third line. */
  readonly rootHash: string;
  readonly note: string;
  readonly createdAt: string;
}

export interface InclusionProof {
  readonly seq: number;
  readonly treeSize: number;
  readonly leafHash: string;
  readonly rootHash: string;
  /** Base64 hashes, leaf to root (RFC 9162 §2.1.3). */
  readonly proof: readonly string[];
}

export interface ConsistencyProof {
  readonly oldSize: number;
  readonly newSize: number;
  readonly oldRootHash: string;
  readonly newRootHash: string;
  readonly proof: readonly string[];
}

export interface ListEventsOptions {
  /** Events with seq greater than this (paging). */
  readonly afterSeq?: number;
  readonly limit?: number;
}
