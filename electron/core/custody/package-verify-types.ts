/**
 * What verifying a custody package reports (`testimony-vault verify`, and the app before an
 * import). Each check is reported on its own with every problem it found, named precisely
 * (the file, the field, what it says and what was found), so a recipient knows what is wrong
 * without reading code. The check names and the JSON shape are an interface: scripts rely on them.
 */
export const CHECK_NAMES = [
  /** The age layer opens with the given identity or passphrase and every chunk authenticates. */
  'decryption',
  /** The tar (or the folder) holds only files and folders, with safe, distinct names, within the limits. */
  'archive',
  'bag-declaration',
  'bag-info',
  'completeness',
  'checksums-sha256',
  'checksums-sha512',
  'payload-oxum',
  'tag-manifests',
  'signature',
  'audit-checkpoint',
  'audit-proofs',
  /** Each original has the size and hashes its record and its signed ingestion event give. */
  'ingest-hashes',
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

export interface CheckResult {
  check: CheckName;
  ok: boolean;
  problems: string[];
  /** Something a person should know although nothing failed (a check that did not apply, a key not pinned). */
  note?: string;
}

export interface VerifyReport {
  ok: boolean;
  checks: CheckResult[];
  bag: {
    /** External-Identifier of bag-info.txt (the bag id in the sender's receipt). */
    id: string | null;
    /** Testimony codes, from the folders of data/originals, data/metadata and data/transcripts. */
    testimonies: string[];
    payloadOxum: string | null;
    /** The minisign key id of the key that signed the tag manifest (hex, as `minisign -V` prints it). */
    signerKeyId: string | null;
    /** The signed "trusted comment" of the signature (bag id and vault id), when it verified. */
    trustedComment: string | null;
  };
  /** Checks that could not run because the archive could not be read to its end. */
  notRun: CheckName[];
}

/**
 * Bounds that a hostile package cannot make us exceed. Payload bytes are streamed and never
 * held; only tag files and the small metadata files (record.json, premis.xml, the audit files,
 * transcripts on import) are held in memory. A package over a limit is refused by the archive
 * check, naming the limit. The defaults allow a 64 GiB recording and a 1 TiB package.
 */
export interface PackageLimits {
  /** Entries (files and folders) in the archive. */
  maxEntries: number;
  /** Bytes of one member. */
  maxMemberBytes: number;
  /** Bytes of all members together. */
  maxPackageBytes: number;
  /** Bytes of one file held in memory (tag files, record.json, events.json, …). */
  maxHeldFileBytes: number;
  /** Bytes of all held files together. */
  maxHeldBytes: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxEntries: 100_000,
  maxMemberBytes: 64 * 1024 ** 3,
  maxPackageBytes: 1024 ** 4,
  maxHeldFileBytes: 64 * 1024 ** 2,
  maxHeldBytes: 512 * 1024 ** 2,
};

/** What the package is, found from its first bytes (never from its name). */
export type PackageKind = 'age' | 'tar' | 'directory';

/** How to open an encrypted package: X25519 identities (age-keygen's AGE-SECRET-KEY-1…) or a passphrase. */
export type PackageSecret = { kind: 'identities'; secretKeys: Uint8Array[] } | { kind: 'passphrase'; passphrase: Uint8Array };
