import { createHmac, hkdfSync } from 'node:crypto';
import { z } from 'zod';
import { VaultError } from '../../../shared/errors';
import { arabicTokenVariants, searchTokens } from '../../../shared/text/normalize';
import type { Db } from '../db/connection';
import { sodium, type Sodium } from '../crypto/sodium';

/**
 * People's identity details (legal name, aliases, contact, birth, documents) are sealed with
 * XChaCha20-Poly1305 under the identity key IK, which editors' key slots do not hold
 * (vault/key-hierarchy.ts). Rows are bound to their person (associated data), so a sealed
 * row moved to another person fails to open.
 *
 * Searching names: the full-text index is inside the database that editors can read, so
 * names go into it only as keyed hashes of their normalised tokens and Arabic variants,
 * under a key derived from IK (people.name_index). A user holding IK hashes the query
 * tokens the same way and matches whole words; an editor can neither read the hashes nor
 * test a guessed name against them.
 *
 * The cipher is attached to the session's database connection, so the people queries
 * (db/queries/people.ts) seal and open without every caller passing keys around.
 */
const sealedRowSchema = z.object({ sealed: z.literal('xchacha20poly1305-ietf'), nonce: z.base64(), ciphertext: z.base64() }).strict();
const HASH_BYTES = 12;

function rowAd(personId: string): Uint8Array {
  return new Uint8Array(Buffer.from(`testimony-vault/v2/person-identity/${personId}`, 'utf8'));
}

export class IdentityCipher {
  private constructor(
    private readonly s: Sodium,
    private readonly key: Uint8Array,
    private readonly searchKey: Uint8Array,
  ) {}

  /** Keeps its own copies of the keys; the caller wipes `identityKey`. */
  static async create(identityKey: Uint8Array): Promise<IdentityCipher> {
    const s = await sodium();
    const searchKey = new Uint8Array(hkdfSync('sha256', identityKey, new Uint8Array(0), 'testimony-vault/v2/identity-search', 32));
    return new IdentityCipher(s, Uint8Array.from(identityKey), searchKey);
  }

  seal(personId: string, plaintext: string): string {
    const nonce = this.s.randombytes_buf(this.s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const ciphertext = this.s.crypto_aead_xchacha20poly1305_ietf_encrypt(Buffer.from(plaintext, 'utf8'), rowAd(personId), null, nonce, this.key);
    return JSON.stringify({ sealed: 'xchacha20poly1305-ietf', nonce: Buffer.from(nonce).toString('base64'), ciphertext: Buffer.from(ciphertext).toString('base64') });
  }

  open(personId: string, stored: string): string {
    try {
      const row = sealedRowSchema.parse(JSON.parse(stored));
      const plain = this.s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, Buffer.from(row.ciphertext, 'base64'), rowAd(personId), Buffer.from(row.nonce, 'base64'), this.key);
      return Buffer.from(plain).toString('utf8');
    } catch {
      throw new VaultError('DATABASE_CORRUPT', 'The identity details of a person do not decrypt: the database was damaged or tampered with.');
    }
  }

  /** The keyed hash of one normalised token, as stored in the search index. */
  hashToken(token: string): string {
    return `h${createHmac('sha256', this.searchKey).update(token, 'utf8').digest().subarray(0, HASH_BYTES).toString('hex')}`;
  }

  /** What people.name_index holds for a person's names: hashes of every token and its Arabic variants. */
  nameIndex(names: readonly string[]): string {
    const out = new Set<string>();
    for (const name of names) for (const token of searchTokens(name)) for (const variant of arabicTokenVariants(token)) out.add(this.hashToken(variant));
    return [...out].join(' ');
  }

  dispose(): void {
    this.s.memzero(this.key);
    this.s.memzero(this.searchKey);
  }
}

export function isSealedIdentity(stored: string): boolean {
  return stored.startsWith('{"sealed":');
}

/**
 * null: the session has no identity key (an editor). A connection with nothing attached is a
 * bare database (migrations, tests), which reads and writes rows as they are.
 */
const attached = new WeakMap<Db, IdentityCipher | null>();

export function attachIdentityCipher(db: Db, cipher: IdentityCipher | null): void {
  attached.set(db, cipher);
}

export function detachIdentityCipher(db: Db): void {
  attached.get(db)?.dispose();
  attached.delete(db);
}

export type IdentityAccess = { kind: 'bare' } | { kind: 'none' } | { kind: 'key'; cipher: IdentityCipher };

export function identityAccess(db: Db): IdentityAccess {
  if (!attached.has(db)) return { kind: 'bare' };
  const cipher = attached.get(db);
  return cipher ? { kind: 'key', cipher } : { kind: 'none' };
}

export function requireIdentityCipher(db: Db): IdentityCipher | null {
  const access = identityAccess(db);
  if (access.kind === 'none') {
    throw new VaultError('FORBIDDEN_ROLE', "Identity details can only be written by a user who holds the identity key (interviewer, custodian or administrator); an editor's key slot does not hold it.", {
      allowed: 'interviewer, custodian, administrator',
    });
  }
  return access.kind === 'key' ? access.cipher : null;
}
