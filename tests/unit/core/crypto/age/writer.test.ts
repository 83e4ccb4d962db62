import { access, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AgeEncryptor, CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE, encryptFile } from '../../../../../electron/core/crypto/age';
import { ageErrorOf, encryptInPieces, encryptWith, makeIdentity, plaintextOf, runOk, uniquePath, useTempDir } from './age-harness';

const tempDir = useTempDir();
const EDGE_LENGTHS = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 7];

describe('AgeEncryptor and encryptFile', () => {
  it.each(EDGE_LENGTHS)('writes a %i-byte plaintext that the stock age decrypts to the same bytes', async (length) => {
    const identity = await makeIdentity(tempDir());
    const plaintext = plaintextOf(length, length);
    const encrypted = await encryptWith('ours', tempDir(), plaintext, [identity]);
    const decrypted = await runOk('age', ['-d', '-i', identity.identityFile, encrypted]);
    expect(decrypted.equals(plaintext)).toBe(true);
  });

  it.each(EDGE_LENGTHS)('lays out %i bytes as spec STREAM chunks: full chunks, then one final chunk that is never empty unless the file is', async (length) => {
    const identity = await makeIdentity(tempDir());
    const { chunks } = await encryptInPieces(plaintextOf(length), identity.publicKey, [CHUNK_SIZE]);
    const expectedCount = Math.max(1, Math.ceil(length / CHUNK_SIZE));
    expect(chunks).toHaveLength(expectedCount);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBe(ENCRYPTED_CHUNK_SIZE);
    expect(chunks.at(-1)?.length).toBe(length - (expectedCount - 1) * CHUNK_SIZE + 16);
  });

  it('gives the same decryptable result whatever the sizes of the pieces fed to update()', async () => {
    const identity = await makeIdentity(tempDir());
    const plaintext = plaintextOf(3 * CHUNK_SIZE + 1234, 7);
    for (const pieces of [[1], [7, 65535], [CHUNK_SIZE + 1], [200_000], [0, 3, CHUNK_SIZE * 2]]) {
      const { header, chunks } = await encryptInPieces(plaintext, identity.publicKey, pieces);
      const file = uniquePath(tempDir(), 'pieces.age');
      await writeFile(file, Buffer.concat([header, ...chunks]));
      const decrypted = await runOk('age', ['-d', '-i', identity.identityFile, file]);
      expect(decrypted.equals(plaintext), `pieces ${pieces.join(',')}`).toBe(true);
    }
  });

  it('encrypts to several recipients, each of whom can decrypt with age', async () => {
    const [alice, bob] = [await makeIdentity(tempDir()), await makeIdentity(tempDir())];
    const plaintext = plaintextOf(1000);
    const encrypted = await encryptWith('ours', tempDir(), plaintext, [alice, bob]);
    for (const who of [alice, bob]) {
      expect((await runOk('age', ['-d', '-i', who.identityFile, encrypted])).equals(plaintext)).toBe(true);
    }
    const header = (await readFile(encrypted)).subarray(0, 400).toString('latin1');
    expect(header.match(/^-> X25519 /gm)).toHaveLength(2);
  });

  it('never produces the same header or ciphertext twice for the same plaintext and recipient', async () => {
    const identity = await makeIdentity(tempDir());
    const plaintext = plaintextOf(100);
    const first = await encryptInPieces(plaintext, identity.publicKey, [100]);
    const second = await encryptInPieces(plaintext, identity.publicKey, [100]);
    expect(Buffer.from(first.header).equals(Buffer.from(second.header))).toBe(false);
    expect(Buffer.from(first.chunks[0] ?? []).equals(Buffer.from(second.chunks[0] ?? []))).toBe(false);
  });

  it('refuses no recipients, more than age accepts, wrong sizes and low-order points with BAD_RECIPIENT', async () => {
    const identity = await makeIdentity(tempDir());
    const lowOrder = new Uint8Array(32);
    lowOrder[0] = 1; // the point of order 4 with u = 1
    for (const recipients of [[], Array.from({ length: 21 }, () => identity.publicKey), [new Uint8Array(31)], [new Uint8Array(32)], [lowOrder]]) {
      expect((await ageErrorOf(AgeEncryptor.create(recipients))).code).toBe('BAD_RECIPIENT');
    }
  });

  it('does not overwrite an existing file, and leaves no partial output when the source is missing', async () => {
    const identity = await makeIdentity(tempDir());
    const existing = uniquePath(tempDir(), 'existing.age');
    await writeFile(existing, 'keep me');
    const source = uniquePath(tempDir(), 'source');
    await writeFile(source, 'plain');
    await expect(encryptFile(source, existing, [identity.publicKey])).rejects.toThrow(/EEXIST/);
    expect(await readFile(existing, 'utf8')).toBe('keep me');

    const target = uniquePath(tempDir(), 'target.age');
    await expect(encryptFile(uniquePath(tempDir(), 'missing'), target, [identity.publicKey])).rejects.toThrow(/ENOENT/);
    await expect(access(target)).rejects.toThrow(/ENOENT/);
  });
});
