import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AgeError, AgeFileReader } from '../../../../../electron/core/crypto/age';
import { ChunkCipher } from '../../../../../electron/core/crypto/age/chunk-cipher';
import { encodeHeaderWithoutMac, encodeMacLineSuffix, parseHeader, type Stanza } from '../../../../../electron/core/crypto/age/header';
import { headerMac, payloadKey } from '../../../../../electron/core/crypto/age/primitives';
import { wrapFileKey } from '../../../../../electron/core/crypto/age/x25519';
import { makeIdentity, plaintextOf, runOk, uniquePath, useTempDir } from './age-harness';

const tempDir = useTempDir();
const SHARE = 'TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDOCc';
const BODY = 'EmECAEcKN+n/Vs9SbWiV+Hu0r+E8R77DdWYyd83nw7U';
const MAC = 'tnRUR2vmmU92czsjnioF5ujgXUetUhzUoQPPGT9wmug';
const FULL_LINE = 'A'.repeat(64);

function header(...lines: string[]): Buffer {
  return Buffer.from(`${lines.join('\n')}\n`, 'latin1');
}

function codeOf(bytes: Uint8Array): string {
  try {
    const parsed = parseHeader(bytes);
    return parsed === 'incomplete' ? 'incomplete' : 'ok';
  } catch (error) {
    if (error instanceof AgeError) return error.code;
    throw error;
  }
}

describe('age header parsing', () => {
  it('accepts a well-formed header and reports where the payload begins', () => {
    const bytes = Buffer.concat([header('age-encryption.org/v1', `-> X25519 ${SHARE}`, BODY, `--- ${MAC}`), Buffer.from([1, 2, 3])]);
    const parsed = parseHeader(bytes);
    if (parsed === 'incomplete') throw new Error('expected a complete header');
    expect(parsed.stanzas).toHaveLength(1);
    expect(parsed.stanzas[0]?.args).toEqual(['X25519', SHARE]);
    expect(parsed.length).toBe(bytes.length - 3);
    expect(Buffer.from(parsed.macInput).toString('latin1').endsWith(`${BODY}\n---`)).toBe(true);
  });

  it('asks for more bytes while the header is a valid prefix', () => {
    const full = header('age-encryption.org/v1', `-> X25519 ${SHARE}`, BODY, `--- ${MAC}`);
    for (const cut of [0, 5, 22, 40, full.length - 1]) expect(codeOf(full.subarray(0, cut)), `cut ${cut}`).toBe('incomplete');
  });

  it.each([
    ['a future version', header('age-encryption.org/v2', `-> X25519 ${SHARE}`), 'UNSUPPORTED_VERSION'],
    ['an armored file', header('-----BEGIN AGE ENCRYPTED FILE-----', 'YWdl'), 'HEADER_INVALID'],
    ['binary data', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'HEADER_INVALID'],
    ['CRLF line endings', Buffer.from(`age-encryption.org/v1\r\n-> X25519 ${SHARE}\r\n`), 'HEADER_INVALID'],
    ['no stanza', header('age-encryption.org/v1', `--- ${MAC}`), 'HEADER_INVALID'],
    ['a stanza without a body line', header('age-encryption.org/v1', `-> X25519 ${SHARE}`, `--- ${MAC}`), 'HEADER_INVALID'],
    ['a body that ends on a full line', header('age-encryption.org/v1', '-> grease', FULL_LINE, `--- ${MAC}`), 'HEADER_INVALID'],
    ['a body line over 64 columns', header('age-encryption.org/v1', '-> grease', `${FULL_LINE}AAAA`, '', `--- ${MAC}`), 'HEADER_INVALID'],
    ['non-canonical base64 in a body', header('age-encryption.org/v1', '-> grease', 'AB', `--- ${MAC}`), 'HEADER_INVALID'],
    ['padding in a body', header('age-encryption.org/v1', '-> grease', 'AA==', `--- ${MAC}`), 'HEADER_INVALID'],
    ['an empty argument', header('age-encryption.org/v1', '-> X25519  abc', BODY, `--- ${MAC}`), 'HEADER_INVALID'],
    ['a MAC with padding', header('age-encryption.org/v1', `-> X25519 ${SHARE}`, BODY, `--- ${MAC}=`), 'HEADER_INVALID'],
    ['a short MAC', header('age-encryption.org/v1', `-> X25519 ${SHARE}`, BODY, `--- ${MAC.slice(1)}`), 'HEADER_INVALID'],
    ['a line outside any stanza', header('age-encryption.org/v1', BODY), 'HEADER_INVALID'],
    ['21 stanzas', header('age-encryption.org/v1', ...Array.from({ length: 21 }, () => ['-> grease', '']).flat(), `--- ${MAC}`), 'HEADER_INVALID'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(codeOf(bytes)).toBe(code);
  });
});

/** Writes an age file by hand with extra stanzas, as another implementation (or grease) would. */
async function fileWithStanzas(recipient: Uint8Array, extra: readonly Stanza[], plaintext: Uint8Array): Promise<string> {
  const fileKey = new Uint8Array(randomBytes(16));
  const stanzas = [...extra.slice(0, 1), await wrapFileKey(fileKey, recipient), ...extra.slice(1)];
  const withoutMac = encodeHeaderWithoutMac(stanzas);
  const nonce = new Uint8Array(randomBytes(16));
  const cipher = await ChunkCipher.create(payloadKey(fileKey, nonce), 'encrypt');
  cipher.load(plaintext);
  const chunk = cipher.seal(0, plaintext.length, true);
  cipher.dispose();
  const file = uniquePath(tempDir(), 'stanzas.age');
  await writeFile(file, Buffer.concat([withoutMac, encodeMacLineSuffix(headerMac(fileKey, withoutMac)), nonce, chunk]));
  return file;
}

describe('unknown stanzas', () => {
  it('are skipped (grease), with bodies of 0, 48 and 70 bytes, as the stock age skips them', async () => {
    const identity = await makeIdentity(tempDir());
    const plaintext = plaintextOf(1000);
    const grease: Stanza[] = [
      { args: ['grease-1', 'x', '!~'], body: new Uint8Array(randomBytes(70)) },
      { args: ['example.com/enigma'], body: new Uint8Array(0) },
      { args: ['full-line'], body: new Uint8Array(randomBytes(48)) },
    ];
    const file = await fileWithStanzas(identity.publicKey, grease, plaintext);
    expect((await runOk('age', ['-d', '-i', identity.identityFile, file])).equals(plaintext)).toBe(true);
    const reader = await AgeFileReader.open(file, [identity.secretKey]);
    try {
      expect(Buffer.from(await reader.read(0, reader.size)).equals(plaintext)).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it('do not count as a match: a file with only unknown stanzas has NO_MATCHING_IDENTITY', async () => {
    const identity = await makeIdentity(tempDir());
    const other = await makeIdentity(tempDir());
    const file = await fileWithStanzas(other.publicKey, [{ args: ['grease'], body: new Uint8Array(5) }], plaintextOf(10));
    await expect(AgeFileReader.open(file, [identity.secretKey])).rejects.toMatchObject({ code: 'NO_MATCHING_IDENTITY' });
  });

  it('an X25519 stanza with a malformed share or body length is an error, not a mismatch', async () => {
    const identity = await makeIdentity(tempDir());
    for (const bad of [
      { args: ['X25519', SHARE.slice(0, 40)], body: new Uint8Array(32) },
      { args: ['X25519', SHARE, 'extra'], body: new Uint8Array(32) },
      { args: ['X25519', SHARE], body: new Uint8Array(33) },
      { args: ['X25519', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'], body: new Uint8Array(32) }, // low-order share
    ]) {
      const file = await fileWithStanzas(identity.publicKey, [bad], plaintextOf(10));
      await expect(AgeFileReader.open(file, [identity.secretKey])).rejects.toMatchObject({ code: 'HEADER_INVALID' });
    }
  });
});
