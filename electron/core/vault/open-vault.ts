import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { openEncryptedDatabase, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { getSecret, getUser, insertUser, putSecret } from '../db/queries/vault';
import { AuditLog } from '../custody/audit-log';
import { openOrThrow, seal, wipe } from '../crypto/aead';
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
import { createPassphraseSlot, createRecoverySlot, fromSealedJson, openPassphraseSlots, openRecoverySlots, toSealedJson, type OpenedSlot } from './key-slots';
import { acquireVaultLock } from './lock-file';
import { checkpointPath, databaseKeyAd, SIGNING_SECRET, VaultSession, type UnlockMethod } from './session';
import { sweepInterruptedIngests } from '../media/sweep';

const DEFAULT_USER_NAME = 'Owner';

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
async function abandon(db: Db | undefined, masterKey: Uint8Array, lock: { release(): Promise<void> }): Promise<void> {
  db?.close();
  await wipe(masterKey);
  await lock.release();
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
export async function createVault(dir: string, passphrase: Uint8Array, options: { userName?: string } = {}): Promise<CreatedVault> {
  await prepareEmptyFolder(dir);
  const s = await sodium();
  const vaultId = randomUUID();
  const userId = randomUUID();
  const masterKey = new Uint8Array(randomBytes(32));
  const databaseKey = new Uint8Array(randomBytes(32));
  const signing = s.crypto_sign_keypair();
  const recovery = generateRecoveryKey();
  const user = { id: userId, displayName: options.userName?.trim() || DEFAULT_USER_NAME };
  const lock = await acquireVaultLock(dir);
  let db: Db | undefined;
  try {
    const header: VaultHeader = {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      vaultId,
      createdAt: new Date().toISOString(),
      slots: [
        await createPassphraseSlot(vaultId, userId, masterKey, passphrase),
        await createRecoverySlot(vaultId, userId, masterKey, recovery.key),
      ],
      database: { wrappedKey: toSealedJson(await seal(masterKey, databaseKey, databaseKeyAd(vaultId))) },
      signing: { algorithm: 'ed25519', keyName: logOrigin(vaultId), publicKey: Buffer.from(signing.publicKey).toString('base64') },
    };
    await fs.mkdir(path.join(dir, BLOBS_DIR), { mode: 0o700 });
    // The schema is written at once: an empty SQLCipher file would be 0 bytes, not encrypted.
    db = openEncryptedDatabase(path.join(dir, DATABASE_FILE), Buffer.from(databaseKey).toString('hex'));
    migrate(db, MIGRATIONS);
    const now = header.createdAt;
    db.transaction(() => {
      putSecret(db!, SIGNING_SECRET, signing.privateKey);
      insertUser(db!, { ...user, createdAt: now });
    })();
    const audit = await auditLogFor(db, header, dir, signing.privateKey);
    const session = new VaultSession(dir, header, db, masterKey, user, 'passphrase', audit, lock);
    await session.commit((record) => record({ type: 'creation', objectType: 'vault', objectId: vaultId, detail: { formatVersion: FORMAT_VERSION } }));
    await saveHeader(dir, header);
    return { session, vaultId, recoveryKey: recovery.text };
  } catch (error) {
    await abandon(db, masterKey, lock);
    throw error;
  } finally {
    await wipe(databaseKey, recovery.key, signing.privateKey);
  }
}

async function openSession(dir: string, opened: OpenedSlot, header: VaultHeader, method: UnlockMethod, repairHeader: boolean): Promise<VaultSession> {
  const { masterKey } = opened;
  let databaseKey: Uint8Array | undefined;
  let db: Db | undefined;
  const lock = await acquireVaultLock(dir).catch(async (error: unknown) => {
    await wipe(masterKey);
    throw error;
  });
  try {
    databaseKey = await openOrThrow(masterKey, fromSealedJson(header.database.wrappedKey), databaseKeyAd(header.vaultId), 'database key');
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
    const user = getUser(db, opened.slot.userId);
    if (!user) throw new VaultError('DATABASE_CORRUPT', 'The vault database does not know the user of this key slot.');
    const audit = await auditLogFor(db, header, dir, secretKey);
    await wipe(secretKey);
    const session = new VaultSession(dir, header, db, masterKey, user, method, audit, lock);
    if (repairHeader) await saveHeader(dir, header);
    await sweepInterruptedIngests(session);
    return session;
  } catch (error) {
    await abandon(db, masterKey, lock);
    throw error;
  } finally {
    await wipe(databaseKey);
  }
}

/** Consumes (zeroes) the passphrase bytes. WRONG_PASSPHRASE changes nothing on disk. */
export async function unlockWithPassphrase(dir: string, passphrase: Uint8Array): Promise<VaultSession> {
  const { header, fromBackup } = await loadHeader(dir).catch((error: unknown) => {
    passphrase.fill(0);
    throw error;
  });
  const opened = await openPassphraseSlots(header.vaultId, header.slots, passphrase);
  return openSession(dir, opened, header, 'passphrase', fromBackup);
}

export async function unlockWithRecoveryKey(dir: string, recoveryKeyText: string): Promise<VaultSession> {
  const { header, fromBackup } = await loadHeader(dir);
  const opened = await openRecoverySlots(header.vaultId, header.slots, parseRecoveryKey(recoveryKeyText));
  return openSession(dir, opened, header, 'recoveryKey', fromBackup);
}

export async function vaultState(dir: string): Promise<'absent' | 'locked'> {
  return (await vaultExists(dir)) ? 'locked' : 'absent';
}
