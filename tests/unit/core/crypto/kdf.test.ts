import { describe, expect, it } from 'vitest';
import sodium from 'libsodium-wrappers-sumo';
import { ARGON2ID_MIN_MEM, deriveKeyArgon2id } from '../../../../electron/core/crypto/kdf';
import { VaultError } from '../../../../shared/errors';

describe('Argon2id in a worker', () => {
  it('derives the same key as libsodium directly, and takes the passphrase buffer away from the caller', async () => {
    await sodium.ready;
    const salt = sodium.randombytes_buf(16);
    const passphrase = new Uint8Array(Buffer.from('كلمة سر طويلة جداً', 'utf8'));
    const expected = sodium.crypto_pwhash(32, passphrase, salt, 3, ARGON2ID_MIN_MEM, sodium.crypto_pwhash_ALG_ARGON2ID13);
    const key = await deriveKeyArgon2id({ passphrase, salt, opsLimit: 3, memLimitBytes: ARGON2ID_MIN_MEM });
    expect(Buffer.from(key).toString('hex')).toBe(Buffer.from(expected).toString('hex'));
    // Transferred to the worker: nothing of the passphrase is left in this thread's buffer.
    expect(passphrase.byteLength).toBe(0);
  });

  it('refuses parameters below the design minimum (a tampered header asking for cheap guesses)', async () => {
    const attempt = deriveKeyArgon2id({ passphrase: new Uint8Array([1, 2, 3]), salt: new Uint8Array(16), opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 });
    await expect(attempt).rejects.toBeInstanceOf(VaultError);
    await expect(attempt).rejects.toMatchObject({ code: 'VAULT_HEADER_CORRUPT' });
  });

  it('refuses absurd memory demands instead of exhausting the machine', async () => {
    const attempt = deriveKeyArgon2id({ passphrase: new Uint8Array([1]), salt: new Uint8Array(16), opsLimit: 3, memLimitBytes: 64 * 1024 ** 3 });
    await expect(attempt).rejects.toMatchObject({ code: 'VAULT_HEADER_CORRUPT' });
  });
});
