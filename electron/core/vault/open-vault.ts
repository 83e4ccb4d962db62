import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { openEncryptedDatabase, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { getSecret, putSecret } from '../db/queries/vault';
import { AuditLog } from '../custody/audit-log';
import { seal, wipe } from '../crypto/aead';
import { generateRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key';
import { sodium } from '../crypto/sodium';
import {
  BLOBS_DIR,
  DATABASE_FILE,
  FORMAT_NAME,
  FORMAT_VERSION,
  LOCK_FILE,
  loadHeader,
  saveHeader,
  vaultExists,
  type VaultHeader,
} from './header';
import { createPassphraseSlot, createRecoverySlot, openPassphraseSlots, openRecoverySlots, toSealedJson, type OpenedSlot } from './key-slots';
import { acquireVaultLock } from './lock-file';
import { checkpointPath, SIGNING_SECRET, VaultSession, type SessionUser, type UnlockMethod } from './session';
import { databaseKeyAd, newKeyWraps, openDatabaseKey, sessionKeysOf, wipeKeys, type SessionKeys } from './key-hierarchy';
import { assertUnlockAllowed, clearUnlockFailures, recordUnlockFailure, type Clock } from './unlock-backoff';
import { sweepInterruptedIngests } from '../media/sweep';
import { normalizeUsername } from '../../../shared/contract/users-operations';
import { attachIdentityCipher, IdentityCipher } from '../users/identity-cipher';
import { attachNameTagger, NameTagger } from '../users/name-tags';
import { getVaultUser, insertVaultUser } from '../users/users-store';
import { newTagSalt, usernameTag } from '../users/user-tags';
import { sealPlainIdentities, upgradeHeader } from '../users/vault-upgrade';

const DEFAULT_USER_NAME = 'Owner';
/** The creator's username unless another is given (and that of a format-1 vault's user, see migration 0006). */
export const DEFAULT_USERNAME = 'admin';

export function logOrigin(vaultId: string): string {
  return `testimony-vault/${vaultId}`;
}

/** Files an interrupted creation may leave behind (everything is written before vault.json). */
const CREATION_LEFTOVERS = new Set([DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, BLOBS_DIR, LOCK_FILE, 'audit-checkpoint.txt']);

async function prepareEmptyFolder(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  if (await vaultExists(dir)) throw new VaultError('VAULT_EXISTS', `There is already a vault in ${dir}.`);
  const entries = await fs.readdir(dir);
  const foreign = entries.filter((e) => !CREATION_LEFTOVERS.has(e) && !e.startsWith('.vault.json'));
  if (foreign.length > 0) {
    throw new VaultError('BAD_INPUT', `The folder ${dir} is not empty; a new vault needs an empty folder.`);
  }
  // Leftovers of a creation that died before writing vault.json hold no usable data.
  for (const entry of entries) await fs.rm(path.join(dir, entry), { recursive: true, force: true });
}

async function auditLogFor(db: Db, header: VaultHeader, dir: string, secretKey: Uint8Array): Promise<AuditLog> {
  return AuditLog.open(db, {
    origin: logOrigin(header.vaultId),
    keyName: header.signing.keyName,
    publicKey: new Uint8Array(Buffer.from(header.signing.publicKey, 'base64')),
    // The log keeps its own copy for the session; callers wipe theirs.
    secretKey: Uint8Array.from(secretKey),
    checkpointFile: checkpointPath(dir),
  });
}

/** Undoes a half-opened session: closes the database, wipes the master key, drops the lock. */
async function abandon(db: Db | undefined, keys: SessionKeys, lock: { release(): Promise<void> }): Promise<void> {
  db?.close();
  await wipeKeys(keys);
  await lock.release();
}

/** Gives the session's connection its identity cipher (none for an editor) and its name tagger (everyone). */
async function attachIdentity(db: Db, keys: SessionKeys): Promise<void> {
  attachIdentityCipher(db, keys.identityKey ? await IdentityCipher.create(keys.identityKey) : null);
  attachNameTagger(db, NameTagger.create(keys.editorKey));
}

export interface CreatedVault {
  session: VaultSession;
  vaultId: string;
  /** Shown to the user once; never stored. */
  recoveryKey: string;
}

/**
 * Creates a vault in an empty folder. Everything is written before vault.json: until the
 * header exists the folder is not a vault, so a crash mid-way leaves nothing to open.
 * Consumes (zeroes) the passphrase bytes.
 */
export async function createVault(dir: string, passphrase: Uint8Array, options: { userName?: string; username?: string } = {}): Promise<CreatedVault> {
  await prepareEmptyFolder(dir);
  const s = await sodium();
  const vaultId = randomUUID();
  const userId = randomUUID();
  const masterKey = new Uint8Array(randomBytes(32));
  const databaseKey = new Uint8Array(randomBytes(32));
  const signing = s.crypto_sign_keypair();
  const recovery = generateRecoveryKey();
  const user: SessionUser = { id: userId, displayName: options.userName?.trim() || DEFAULT_USER_NAME, username: normalizeUsername(options.username ?? DEFAULT_USERNAME), role: 'administrator' };
  const lock = await acquireVaultLock(dir);
  const wraps = await newKeyWraps(vaultId, masterKey, databaseKey);
  const keys: SessionKeys = { access: 'full', masterKey, editorKey: wraps.editorKey, identityKey: wraps.identityKey };
  const tagSalt = newTagSalt();
  let db: Db | undefined;
  try {
    const header: VaultHeader = {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      vaultId,
      createdAt: new Date().toISOString(),
      slots: [
        await createPassphraseSlot(vaultId, userId, masterKey, passphrase, { tag: usernameTag(tagSalt, vaultId, user.username), access: 'full' }),
        await createRecoverySlot(vaultId, userId, masterKey, recovery.key),
      ],
      database: { wrappedKey: toSealedJson(await seal(masterKey, databaseKey, databaseKeyAd(vaultId))) },
      signing: { algorithm: 'ed25519', keyName: logOrigin(vaultId), publicKey: Buffer.from(signing.publicKey).toString('base64') },
      users: { tagSalt },
      keys: wraps.keys,
    };
    await fs.mkdir(path.join(dir, BLOBS_DIR), { mode: 0o700 });
    // The schema is written at once: an empty SQLCipher file would be 0 bytes, not encrypted.
    db = openEncryptedDatabase(path.join(dir, DATABASE_FILE), Buffer.from(databaseKey).toString('hex'));
    migrate(db, MIGRATIONS);
    const now = header.createdAt;
    db.transaction(() => {
      putSecret(db!, SIGNING_SECRET, signing.privateKey);
      insertVaultUser(db!, { ...user, createdAt: now });
    })();
    await attachIdentity(db, keys);
    const audit = await auditLogFor(db, header, dir, signing.privateKey);
    const session = new VaultSession(dir, header, db, keys, user, 'passphrase', audit, lock);
    await session.commit((record) => record({ type: 'creation', objectType: 'vault', objectId: vaultId, detail: { formatVersion: FORMAT_VERSION } }));
    await saveHeader(dir, header);
    return { session, vaultId, recoveryKey: recovery.text };
  } catch (error) {
    await abandon(db, keys, lock);
    throw error;
  } finally {
    await wipe(databaseKey, recovery.key, signing.privateKey);
  }
}

async function openSession(dir: string, opened: OpenedSlot, loadedHeader: VaultHeader, method: UnlockMethod, repairHeader: boolean): Promise<VaultSession> {
  let header = loadedHeader;
  const { upgradeNeeded, ...keys } = await sessionKeysOf(header, opened);
  let databaseKey: Uint8Array | undefined;
  let db: Db | undefined;
  const lock = await acquireVaultLock(dir).catch(async (error: unknown) => {
    await wipeKeys(keys);
    throw error;
  });
  try {
    databaseKey = await openDatabaseKey(header, keys.access, keys.access === 'editor' ? keys.editorKey : keys.masterKey!);
    const dbFile = path.join(dir, DATABASE_FILE);
    try {
      await fs.access(dbFile);
    } catch {
      throw new VaultError('DATABASE_CORRUPT', `The vault database ${DATABASE_FILE} is missing. Restore it from a backup of the vault.`);
    }
    db = openEncryptedDatabase(dbFile, Buffer.from(databaseKey).toString('hex'));
    migrate(db, MIGRATIONS);
    const secretKey = getSecret(db, SIGNING_SECRET);
    if (!secretKey) throw new VaultError('DATABASE_CORRUPT', 'The vault database has lost its signing key.');
    const row = getVaultUser(db, opened.slot.userId);
    if (!row) throw new VaultError('DATABASE_CORRUPT', 'The vault database does not know the user of this key slot.');
    if (row.removedAt !== null) throw new VaultError('WRONG_PASSPHRASE', 'This user was removed from the vault. Nothing was changed.');
    if (upgradeNeeded) {
      const upgraded = await upgradeHeader(dir, header, db, keys.masterKey!);
      header = upgraded.header;
      await wipe(keys.editorKey);
      keys.editorKey = upgraded.editorKey;
      keys.identityKey = upgraded.identityKey;
      repairHeader = false;
    }
    // The key decides, not the database row: an editor slot is an editor session whatever a row says.
    const user: SessionUser = { id: row.id, displayName: row.displayName, username: row.username, role: keys.access === 'editor' ? 'editor' : row.role };
    await attachIdentity(db, keys);
    const audit = await auditLogFor(db, header, dir, secretKey);
    await wipe(secretKey);
    const session = new VaultSession(dir, header, db, keys, user, method, audit, lock);
    if (repairHeader) await saveHeader(dir, header);
    if (keys.identityKey) await sealPlainIdentities(session);
    await sweepInterruptedIngests(session);
    // A process killed between a commit and signing its checkpoint left the checkpoint file
    // behind the log: sign one now, so the log verifies again (the events themselves are intact).
    await session.audit.checkpoint();
    return session;
  } catch (error) {
    await abandon(db, keys, lock);
    throw error;
  } finally {
    await wipe(databaseKey);
  }
}

export interface UnlockOptions {
  /** Picks the user's slot by its tag; without it every passphrase slot is tried (the CLI before --user, format-1 vaults). */
  username?: string | undefined;
  /** For tests of the back-off. */
  now?: Clock | undefined;
}

/** Runs one unlock attempt under the back-off: refused while waiting, counted when the secret is wrong. */
async function attempt<T>(dir: string, now: Clock | undefined, open: () => Promise<T>): Promise<T> {
  await assertUnlockAllowed(dir, now);
  let result: T;
  try {
    result = await open();
  } catch (error) {
    if (error instanceof VaultError && (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_KEY')) await recordUnlockFailure(dir, now);
    throw error;
  }
  await clearUnlockFailures(dir);
  return result;
}

/** Consumes (zeroes) the passphrase bytes. WRONG_PASSPHRASE changes nothing in the vault's data. */
export async function unlockWithPassphrase(dir: string, passphrase: Uint8Array, options: UnlockOptions = {}): Promise<VaultSession> {
  const { header, fromBackup } = await loadHeader(dir).catch((error: unknown) => {
    passphrase.fill(0);
    throw error;
  });
  const tag = options.username !== undefined && header.users ? usernameTag(header.users.tagSalt, header.vaultId, options.username) : undefined;
  if (options.username !== undefined && !header.users && normalizeUsername(options.username) !== DEFAULT_USERNAME) {
    // A vault from before users has one user, "admin" once upgraded.
    passphrase.fill(0);
    await attempt(dir, options.now, () => Promise.reject(new VaultError('WRONG_PASSPHRASE', 'The username or the passphrase is not correct. Nothing was changed.')));
  }
  return attempt(dir, options.now, async () => {
    const opened = await openPassphraseSlots(header.vaultId, header.slots, passphrase, tag);
    return openSession(dir, opened, header, 'passphrase', fromBackup);
  }).finally(() => passphrase.fill(0));
}

export async function unlockWithRecoveryKey(dir: string, recoveryKeyText: string, options: Pick<UnlockOptions, 'now'> = {}): Promise<VaultSession> {
  const { header, fromBackup } = await loadHeader(dir);
  return attempt(dir, options.now, async () => {
    const opened = await openRecoverySlots(header.vaultId, header.slots, parseRecoveryKey(recoveryKeyText));
    return openSession(dir, opened, header, 'recoveryKey', fromBackup);
  });
}

export async function vaultState(dir: string): Promise<'absent' | 'locked'> {
  return (await vaultExists(dir)) ? 'locked' : 'absent';
}
