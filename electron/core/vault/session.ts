import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { getSecret } from '../db/queries/vault';
import type { AuditEventInput, AuditLog } from '../custody/audit-log';
import { openOrThrow, wipe } from '../crypto/aead';
import { BLOBS_DIR, CHECKPOINT_FILE, saveHeader, type VaultHeader } from './header';
import { createPassphraseSlot, fromSealedJson, openPassphraseSlots } from './key-slots';
import type { VaultProcessLock } from './lock-file';

export const SIGNING_SECRET = 'signing.ed25519.secret';

export type UnlockMethod = 'passphrase' | 'recoveryKey';

/** Associated data of the database key's wrap: the key of one vault cannot be moved to another. */
export function databaseKeyAd(vaultId: string): Uint8Array {
  return new Uint8Array(Buffer.from(`testimony-vault/v1/database-key/${vaultId}`, 'utf8'));
}

interface SessionTask {
  readonly abort: AbortController;
  readonly done: Promise<unknown>;
}

export interface SessionUser {
  id: string;
  displayName: string;
}

/**
 * An unlocked vault: the master key, the open database, the audit log and who is working.
 * Everything that reads or changes testimony data takes a session; locking closes it and
 * wipes the keys it holds.
 */
export class VaultSession {
  private closed = false;
  /** Commits whose checkpoint is still being signed: locking waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Long tasks (fixity audit, backup): locking stops them and waits for them to end. */
  private readonly tasks = new Set<SessionTask>();

  constructor(
    readonly dir: string,
    private headerValue: VaultHeader,
    readonly db: Db,
    private readonly masterKey: Uint8Array,
    readonly user: SessionUser,
    readonly unlockedWith: UnlockMethod,
    readonly audit: AuditLog,
    private readonly lock: VaultProcessLock,
  ) {}

  get header(): VaultHeader {
    return this.headerValue;
  }

  get vaultId(): string {
    return this.headerValue.vaultId;
  }

  get blobsDir(): string {
    return path.join(this.dir, BLOBS_DIR);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  assertOpen(): void {
    if (this.closed) throw new VaultError('VAULT_LOCKED', 'The vault is locked.');
  }

  now(): string {
    return new Date().toISOString();
  }

  /**
   * Runs a change and the audit event(s) recording it in one database transaction, then
   * signs a new checkpoint. Either the change and its events commit together or neither does.
   */
  async commit<T>(change: (record: (event: Omit<AuditEventInput, 'actor'>) => void) => T): Promise<T> {
    this.assertOpen();
    const result = this.db.transaction(() => change((event) => this.audit.append({ ...event, actor: this.user.id })))();
    const signing = this.audit.checkpoint();
    this.inFlight.add(signing);
    try {
      await signing;
    } finally {
      this.inFlight.delete(signing);
    }
    return result;
  }

  /**
   * Rewrites the passphrase slot that `current` opens, and only that slot: the master key
   * and all data stay as they are. Asks for the current passphrase even though the vault is
   * unlocked, so an unattended unlocked laptop is not enough to take the vault over.
   */
  async changePassphrase(current: Uint8Array, next: Uint8Array): Promise<void> {
    this.assertOpen();
    const header = this.headerValue;
    let opened;
    try {
      opened = await openPassphraseSlots(header.vaultId, header.slots, current);
    } catch (error) {
      next.fill(0);
      throw error;
    }
    await wipe(opened.masterKey);
    const replacement = await createPassphraseSlot(header.vaultId, opened.slot.userId, this.masterKey, next);
    // The slot keeps its position; its id changes, so no old wrap can be confused with the new.
    const updated: VaultHeader = { ...header, slots: header.slots.map((s) => (s.id === opened.slot.id ? replacement : s)) };
    // Header first: a crash after it leaves a changed passphrase without its event, never
    // an event claiming a change that did not happen.
    await saveHeader(this.dir, updated);
    this.headerValue = updated;
    await this.commit((record) => {
      record({ type: 'key change', objectType: 'key-slot', objectId: replacement.id, detail: { change: 'passphrase changed', previousSlot: opened.slot.id } });
    });
  }

  /**
   * Sets a new passphrase without the old one, for a session opened with the recovery key:
   * that key is the vault's root credential, and recovering from a forgotten passphrase is
   * what it is for. Replaces the passphrase slot of the recovery slot's user.
   */
  async resetPassphrase(next: Uint8Array): Promise<void> {
    this.assertOpen();
    if (this.unlockedWith !== 'recoveryKey') {
      next.fill(0);
      throw new VaultError('BAD_INPUT', 'Setting a passphrase without the current one needs the vault to be unlocked with its recovery key.');
    }
    const header = this.headerValue;
    const old = header.slots.find((s) => s.type === 'passphrase' && s.userId === this.user.id);
    const replacement = await createPassphraseSlot(header.vaultId, this.user.id, this.masterKey, next);
    const slots = old ? header.slots.map((s) => (s.id === old.id ? replacement : s)) : [replacement, ...header.slots];
    const updated: VaultHeader = { ...header, slots };
    await saveHeader(this.dir, updated);
    this.headerValue = updated;
    await this.commit((record) => {
      record({ type: 'key change', objectType: 'key-slot', objectId: replacement.id, detail: { change: 'passphrase reset with the recovery key', previousSlot: old?.id ?? null } });
    });
  }

  /** The vault's Ed25519 public key (in vault.json; checkpoints and packages are signed with it). */
  signingPublicKey(): Uint8Array {
    return new Uint8Array(Buffer.from(this.headerValue.signing.publicKey, 'base64'));
  }

  /**
   * Runs a long task that works on the vault across many awaits (a fixity audit, a backup).
   * Locking aborts its signal and waits for it to end before the database closes and the
   * keys are wiped: a task never reads a closed database, and its workers (which hold
   * testimony identities) are gone before the lock completes.
   */
  async runTask<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.assertOpen();
    const abort = new AbortController();
    const done = task(abort.signal);
    const entry: SessionTask = { abort, done };
    this.tasks.add(entry);
    try {
      return await done;
    } finally {
      this.tasks.delete(entry);
    }
  }

  /**
   * Lends the database key that `header` wraps (this vault's header, or the copy of it in a
   * backup), as the hex a connection is keyed with, to check that a copy of the database opens
   * with the key its own header carries. The key bytes are wiped when `use` returns.
   */
  async withDatabaseKey<T>(header: VaultHeader, use: (keyHex: string) => T): Promise<T> {
    this.assertOpen();
    if (header.vaultId !== this.vaultId) throw new VaultError('BAD_INPUT', `That header belongs to another vault (${header.vaultId}).`);
    const key = await openOrThrow(this.masterKey, fromSealedJson(header.database.wrappedKey), databaseKeyAd(header.vaultId), 'database key');
    try {
      return use(Buffer.from(key).toString('hex'));
    } finally {
      await wipe(key);
    }
  }

  /** The vault's Ed25519 signing key (kept in the encrypted database). */
  signingSecretKey(): Uint8Array {
    this.assertOpen();
    const key = getSecret(this.db, SIGNING_SECRET);
    if (!key) throw new VaultError('DATABASE_CORRUPT', 'The vault database has lost its signing key.');
    return key;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // No new change from here on; a checkpoint being signed finishes with the key intact.
    this.closed = true;
    for (const task of this.tasks) task.abort.abort(new VaultError('VAULT_LOCKED', 'The vault was locked.'));
    await Promise.allSettled([...[...this.tasks].map((t) => t.done), ...this.inFlight]);
    try {
      this.audit.dispose();
      this.db.close();
    } finally {
      await wipe(this.masterKey);
      await this.lock.release();
    }
  }
}

export function checkpointPath(dir: string): string {
  return path.join(dir, CHECKPOINT_FILE);
}
