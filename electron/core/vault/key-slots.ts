import { hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { open, seal, type SealedBox } from '../crypto/aead';
import { ARGON2ID_DEFAULT_MEM, ARGON2ID_DEFAULT_OPS, assertArgon2idParams, deriveKeyArgon2id } from '../crypto/kdf';
import type { KeySlot, PassphraseSlot, RecoverySlot, SealedJson } from './header';

/**
 * Key slots (as in LUKS): each wraps the same master key under a key derived from one
 * secret. The associated data binds a slot to its vault, its id, its type and its KDF
 * parameters: editing any of them in vault.json (say, lowering Argon2id's cost so guesses
 * are cheaper) makes the slot fail to open instead of silently weakening it.
 */
const SALT_BYTES = 16;
const RECOVERY_INFO = 'testimony-vault/v1/recovery-slot';

export function toSealedJson(box: SealedBox): SealedJson {
  return {
    algorithm: 'xchacha20poly1305-ietf',
    nonce: Buffer.from(box.nonce).toString('base64'),
    ciphertext: Buffer.from(box.ciphertext).toString('base64'),
  };
}

export function fromSealedJson(json: SealedJson): SealedBox {
  return { nonce: new Uint8Array(Buffer.from(json.nonce, 'base64')), ciphertext: new Uint8Array(Buffer.from(json.ciphertext, 'base64')) };
}

function slotAssociatedData(vaultId: string, slot: Omit<PassphraseSlot, 'wrap'> | Omit<RecoverySlot, 'wrap'>): Uint8Array {
  // Canonical: fixed key order, every field that shapes the derivation.
  const bound =
    slot.type === 'passphrase'
      ? {
          v: 1,
          vaultId,
          id: slot.id,
          type: slot.type,
          userId: slot.userId,
          kdf: { a: slot.kdf.algorithm, ops: slot.kdf.opsLimit, mem: slot.kdf.memLimitBytes, salt: slot.kdf.salt },
          // Only editor slots carry it, so format-1 slots keep their associated data byte for byte.
          ...(slot.access === 'editor' ? { access: 'editor' } : {}),
        }
      : { v: 1, vaultId, id: slot.id, type: slot.type, userId: slot.userId, kdf: { a: slot.kdf.algorithm, salt: slot.kdf.salt } };
  return new Uint8Array(Buffer.from(JSON.stringify(bound), 'utf8'));
}

function recoveryWrapKey(recoveryKey: Uint8Array, salt: Uint8Array): Uint8Array {
  // The recovery key is 256 random bits: a fast KDF suffices, there is nothing to brute-force.
  return new Uint8Array(hkdfSync('sha256', recoveryKey, salt, RECOVERY_INFO, 32));
}

export type SlotAccess = 'full' | 'editor';

export interface SlotOptions {
  /** Keyed hash of the username (users/user-tags.ts). */
  tag?: string | undefined;
  /** 'editor': `slotKey` is the editor key; otherwise the master key. */
  access?: SlotAccess | undefined;
}

export function slotAccess(slot: KeySlot): SlotAccess {
  return slot.type === 'passphrase' && slot.access === 'editor' ? 'editor' : 'full';
}

/** Derives and wraps `slotKey` (the master key, or the editor key for an editor slot); consumes (zeroes) the passphrase bytes. */
export async function createPassphraseSlot(vaultId: string, userId: string, slotKey: Uint8Array, passphrase: Uint8Array, options: SlotOptions = {}): Promise<PassphraseSlot> {
  const salt = randomBytes(SALT_BYTES);
  const base = {
    id: randomUUID(),
    type: 'passphrase' as const,
    userId,
    ...(options.tag !== undefined ? { tag: options.tag } : {}),
    ...(options.access === 'editor' ? { access: 'editor' as const } : {}),
    kdf: { algorithm: 'argon2id13' as const, opsLimit: ARGON2ID_DEFAULT_OPS, memLimitBytes: ARGON2ID_DEFAULT_MEM, salt: salt.toString('base64') },
  };
  const wrapKey = await deriveKeyArgon2id({ passphrase, salt, opsLimit: base.kdf.opsLimit, memLimitBytes: base.kdf.memLimitBytes });
  try {
    return { ...base, wrap: toSealedJson(await seal(wrapKey, slotKey, slotAssociatedData(vaultId, base))) };
  } finally {
    wrapKey.fill(0);
  }
}

export async function createRecoverySlot(vaultId: string, userId: string, masterKey: Uint8Array, recoveryKey: Uint8Array): Promise<RecoverySlot> {
  const salt = randomBytes(SALT_BYTES);
  const base = { id: randomUUID(), type: 'recovery' as const, userId, kdf: { algorithm: 'hkdf-sha256' as const, salt: salt.toString('base64') } };
  const wrapKey = recoveryWrapKey(recoveryKey, salt);
  try {
    return { ...base, wrap: toSealedJson(await seal(wrapKey, masterKey, slotAssociatedData(vaultId, base))) };
  } finally {
    wrapKey.fill(0);
  }
}

export interface OpenedSlot {
  slot: KeySlot;
  /** The key the slot wraps: the master key, or the editor key when `slotAccess(slot)` is 'editor'. */
  masterKey: Uint8Array;
}

/**
 * Tries the passphrase against the passphrase slots: with a username tag, only the slots
 * carrying it (and untagged slots of a vault from before users); otherwise every one. One
 * Argon2id derivation per slot (slots have their own salts); consumes the passphrase bytes.
 * WRONG_PASSPHRASE when none opens: the message does not say whether the username exists.
 */
export async function openPassphraseSlots(vaultId: string, slots: readonly KeySlot[], passphrase: Uint8Array, tag?: string): Promise<OpenedSlot> {
  const all = slots.filter((s): s is PassphraseSlot => s.type === 'passphrase');
  const candidates = tag === undefined ? all : all.filter((s) => s.tag === undefined || s.tag === tag);
  try {
    if (candidates.length === 0 && all[0]) {
      // An unknown username costs the same derivation as a wrong passphrase, so the time an
      // attempt takes does not tell which usernames exist.
      const decoy = all[0];
      const key = await deriveKeyArgon2id({ passphrase: Uint8Array.from(passphrase), salt: randomBytes(SALT_BYTES), opsLimit: decoy.kdf.opsLimit, memLimitBytes: decoy.kdf.memLimitBytes });
      key.fill(0);
    }
    for (const slot of candidates) {
      assertArgon2idParams(slot.kdf);
      const wrapKey = await deriveKeyArgon2id({
        passphrase: Uint8Array.from(passphrase),
        salt: Buffer.from(slot.kdf.salt, 'base64'),
        opsLimit: slot.kdf.opsLimit,
        memLimitBytes: slot.kdf.memLimitBytes,
      });
      const { wrap, ...base } = slot;
      const masterKey = await open(wrapKey, fromSealedJson(wrap), slotAssociatedData(vaultId, base));
      wrapKey.fill(0);
      if (masterKey) return { slot, masterKey };
    }
  } finally {
    passphrase.fill(0);
  }
  throw new VaultError('WRONG_PASSPHRASE', tag === undefined ? 'The passphrase is not correct. Nothing was changed.' : 'The username or the passphrase is not correct. Nothing was changed.');
}

export async function openRecoverySlots(vaultId: string, slots: readonly KeySlot[], recoveryKey: Uint8Array): Promise<OpenedSlot> {
  try {
    for (const slot of slots) {
      if (slot.type !== 'recovery') continue;
      const wrapKey = recoveryWrapKey(recoveryKey, Buffer.from(slot.kdf.salt, 'base64'));
      const { wrap, ...base } = slot;
      const masterKey = await open(wrapKey, fromSealedJson(wrap), slotAssociatedData(vaultId, base));
      wrapKey.fill(0);
      if (masterKey) return { slot, masterKey };
    }
  } finally {
    recoveryKey.fill(0);
  }
  throw new VaultError('WRONG_RECOVERY_KEY', 'This recovery key does not belong to this vault. Nothing was changed.');
}
