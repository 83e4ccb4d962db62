import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { getSecret } from '../db/queries/vault';
import type { AuditEventInput, AuditLog } from '../custody/audit-log';
import { wipe } from '../crypto/aead';
import type { Role } from '../../../shared/contract/roles';
import { detachIdentityCipher } from '../users/identity-cipher';
import { detachNameTagger } from '../users/name-tags';
import { usernameTag } from '../users/user-tags';
import { BLOBS_DIR, CHECKPOINT_FILE, saveHeader, type VaultHeader } from './header';
import { createPassphraseSlot, openPassphraseSlots, slotAccess, type SlotAccess } from './key-slots';
import { databaseKeyAd, editorDatabaseKeyAd, openDatabaseKey, slotKeyFor, wipeKeys, type SessionKeys } from './key-hierarchy';
import { seal } from '../crypto/aead';
import { toSealedJson } from './key-slots';
import type { VaultProcessLock } from './lock-file';

export { databaseKeyAd };

export const SIGNING_SECRET = 'signing.ed25519.secret';

export type UnlockMethod = 'passphrase' | 'recoveryKey';

interface SessionTask {
  readonly abort: AbortController;
  readonly done: Promise<unknown>;
}

export interface SessionUser {
  id: string;
  displayName: string;
  username: string;
  role: Role;
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
    private readonly keys: SessionKeys,
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

  /** 'editor': the session holds neither the master key nor the identity key. */
  get access(): SlotAccess {
    return this.keys.access;
  }

  get holdsIdentityKey(): boolean {
    return this.keys.identityKey !== null;
  }

  /** The slot tag of a username in this vault (format 2). */
  tagOf(username: string): string | undefined {
    const salt = this.headerValue.users?.tagSalt;
    return salt === undefined ? undefined : usernameTag(salt, this.vaultId, username);
  }

  /**
   * Writes a changed header (a new or removed key slot): vault.json and its backup copy, then
   * the session's view of it. Only users/ and this class change slots.
   */
  async replaceHeader(update: (header: VaultHeader) => VaultHeader): Promise<VaultHeader> {
    this.assertOpen();
    const updated = update(this.headerValue);
    await saveHeader(this.dir, updated);
    this.headerValue = updated;
    return updated;
  }

  /** A new passphrase slot for `userId` of this access (editor slots wrap the editor key). Consumes the passphrase. */
  async newSlot(userId: string, username: string, access: SlotAccess, passphrase: Uint8Array): Promise<VaultHeader['slots'][number]> {
    this.assertOpen();
    let slotKey: Uint8Array;
    try {
      slotKey = slotKeyFor(this.keys, access);
    } catch (error) {
      passphrase.fill(0);
      throw error;
    }
    return createPassphraseSlot(this.vaultId, userId, slotKey, passphrase, { tag: this.tagOf(username), access });
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
      // Only this user's own slots: knowing a colleague's passphrase does not let one change it here.
      opened = await openPassphraseSlots(header.vaultId, header.slots.filter((s) => s.userId === this.user.id), current, this.tagOf(this.user.username));
    } catch (error) {
      next.fill(0);
      throw error;
    }
    await wipe(opened.masterKey);
    const replacement = await this.newSlot(this.user.id, this.user.username, slotAccess(opened.slot), next);
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
    const replacement = await this.newSlot(this.user.id, this.user.username, 'full', next);
    const slots = old ? header.slots.map((s) => (s.id === old.id ? replacement : s)) : [replacement, ...header.slots];
    const updated: VaultHeader = { ...header, slots };
    await saveHeader(this.dir, updated);
    this.headerValue = updated;
    await this.commit((record) => {
      record({ type: 'key change', objectType: 'key-slot', objectId: replacement.id, detail: { change: 'passphrase reset with the recovery key', previousSlot: old?.id ?? null } });
    });
  }

  /**
   * After the database was rekeyed (PRAGMA rekey, e.g. after a crypto-shredding deletion):
   * wraps the new key for both kinds of slot (by the master key, and by the editor key for
   * editor slots) and saves the header. Call it right after the rekey commits: until then
   * the header opens the old key. Needs a full session (the master key).
   */
  async replaceDatabaseKey(newKey: Uint8Array): Promise<void> {
    this.assertOpen();
    const masterKey = slotKeyFor(this.keys, 'full');
    const vaultId = this.vaultId;
    const wrappedKey = toSealedJson(await seal(masterKey, newKey, databaseKeyAd(vaultId)));
    const editorDatabase = this.headerValue.keys ? toSealedJson(await seal(this.keys.editorKey, newKey, editorDatabaseKeyAd(vaultId))) : undefined;
    await this.replaceHeader((header) => ({
      ...header,
      database: { wrappedKey },
      ...(header.keys && editorDatabase ? { keys: { ...header.keys, editorDatabase } } : {}),
    }));
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
    const slotKey = this.keys.access === 'editor' ? this.keys.editorKey : this.keys.masterKey!;
    const key = await openDatabaseKey(header, this.keys.access, slotKey);
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
      detachIdentityCipher(this.db);
      detachNameTagger(this.db);
      this.db.close();
    } finally {
      await wipeKeys(this.keys);
      await this.lock.release();
    }
  }
}

export function checkpointPath(dir: string): string {
  return path.join(dir, CHECKPOINT_FILE);
}
