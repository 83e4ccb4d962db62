import { randomBytes } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { openOrThrow, seal, wipe } from '../crypto/aead';
import type { VaultHeader } from './header';
import { fromSealedJson, slotAccess, toSealedJson, type OpenedSlot, type SlotAccess } from './key-slots';

/**
 * The keys behind the key slots (format 2, issue 7):
 *
 *   full slot (interviewer, custodian, administrator, recovery) -> master key MK
 *     MK wraps: the database key DK, the identity key IK, the editor key EK
 *   editor slot -> editor key EK
 *     EK wraps: the database key DK (a second wrap of the same key)
 *
 * IK is wrapped only by MK, and MK only by full slots: an editor's passphrase, with every
 * file of the vault in hand, reaches DK and EK but never IK, so it cannot decrypt identity
 * details (sealed under IK in the database). Format-1 slots wrap MK already, so a vault from
 * before users needs no slot rewritten: the first full unlock adds IK and EK (upgradeKeys).
 */
export interface SessionKeys {
  access: SlotAccess;
  /** Only in a full session. */
  masterKey: Uint8Array | null;
  editorKey: Uint8Array;
  /** Only in a full session. */
  identityKey: Uint8Array | null;
}

const ad = (what: string, vaultId: string) => new Uint8Array(Buffer.from(`testimony-vault/v2/${what}/${vaultId}`, 'utf8'));
export const identityKeyAd = (vaultId: string) => ad('identity-key', vaultId);
export const editorKeyAd = (vaultId: string) => ad('editor-key', vaultId);
export const editorDatabaseKeyAd = (vaultId: string) => ad('editor-database-key', vaultId);

/** New identity and editor keys for a vault (at creation, or when a format-1 vault is upgraded). */
export async function newKeyWraps(vaultId: string, masterKey: Uint8Array, databaseKey: Uint8Array): Promise<{ keys: NonNullable<VaultHeader['keys']>; identityKey: Uint8Array; editorKey: Uint8Array }> {
  const identityKey = new Uint8Array(randomBytes(32));
  const editorKey = new Uint8Array(randomBytes(32));
  const keys = {
    identity: toSealedJson(await seal(masterKey, identityKey, identityKeyAd(vaultId))),
    editor: toSealedJson(await seal(masterKey, editorKey, editorKeyAd(vaultId))),
    editorDatabase: toSealedJson(await seal(editorKey, databaseKey, editorDatabaseKeyAd(vaultId))),
  };
  return { keys, identityKey, editorKey };
}

/** The database key an opened slot reaches (format 1 and 2, full or editor). */
export async function openDatabaseKey(header: VaultHeader, access: SlotAccess, slotKey: Uint8Array): Promise<Uint8Array> {
  if (access === 'full') return openOrThrow(slotKey, fromSealedJson(header.database.wrappedKey), databaseKeyAd(header.vaultId), 'database key');
  if (!header.keys) throw new VaultError('VAULT_HEADER_CORRUPT', 'The vault header has an editor key slot but no editor key wraps.');
  return openOrThrow(slotKey, fromSealedJson(header.keys.editorDatabase), editorDatabaseKeyAd(header.vaultId), 'database key');
}

/** Associated data of the database key's wrap by the master key: the key of one vault cannot be moved to another. */
export function databaseKeyAd(vaultId: string): Uint8Array {
  return new Uint8Array(Buffer.from(`testimony-vault/v1/database-key/${vaultId}`, 'utf8'));
}

/**
 * The session keys of an opened slot. Takes ownership of `opened.masterKey`. A format-1
 * header (no `keys`) gives a full session without IK/EK: the caller upgrades it.
 */
export async function sessionKeysOf(header: VaultHeader, opened: OpenedSlot): Promise<SessionKeys & { upgradeNeeded: boolean }> {
  const access = slotAccess(opened.slot);
  if (access === 'editor') return { access, masterKey: null, editorKey: opened.masterKey, identityKey: null, upgradeNeeded: false };
  const masterKey = opened.masterKey;
  if (!header.keys) return { access, masterKey, editorKey: new Uint8Array(32), identityKey: null, upgradeNeeded: true };
  try {
    const identityKey = await openOrThrow(masterKey, fromSealedJson(header.keys.identity), identityKeyAd(header.vaultId), 'identity key');
    const editorKey = await openOrThrow(masterKey, fromSealedJson(header.keys.editor), editorKeyAd(header.vaultId), 'editor key');
    return { access, masterKey, editorKey, identityKey, upgradeNeeded: false };
  } catch (error) {
    await wipe(masterKey);
    throw error;
  }
}

/** The key a new slot of this access wraps, from a full session's keys. */
export function slotKeyFor(keys: SessionKeys, access: SlotAccess): Uint8Array {
  if (access === 'editor') return keys.editorKey;
  if (!keys.masterKey) throw new VaultError('FORBIDDEN_ROLE', 'Only a user who holds the master key can give it to a new key slot (an administrator).', { allowed: 'administrator' });
  return keys.masterKey;
}

export async function wipeKeys(keys: SessionKeys): Promise<void> {
  await wipe(keys.masterKey, keys.editorKey, keys.identityKey);
}
