import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  AgeError,
  decodeIdentity,
  decodeRecipient,
  encodeIdentity,
  encodeRecipient,
  generateIdentity,
  recipientOf,
} from '../../../../../electron/core/crypto/age';
import { runOk, uniquePath, useTempDir } from './age-harness';

const tempDir = useTempDir();

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof AgeError) return error.code;
    throw error;
  }
  return undefined;
}

describe('age identities and recipients', () => {
  it('decodes a key written by age-keygen to the public key it printed', async () => {
    const keyFile = uniquePath(tempDir(), 'keygen.txt');
    await runOk('age-keygen', ['-o', keyFile]);
    const lines = (await readFile(keyFile, 'utf8')).split('\n');
    const secretLine = lines.find((line) => line.startsWith('AGE-SECRET-KEY-1'));
    const publicLine = lines.find((line) => line.startsWith('# public key: '))?.slice('# public key: '.length);
    expect(secretLine).toBeDefined();
    expect(publicLine).toMatch(/^age1[02-9ac-hj-np-z]+$/);

    const secretKey = decodeIdentity(secretLine ?? '');
    expect(encodeRecipient(await recipientOf(secretKey))).toBe(publicLine);
    expect(encodeIdentity(secretKey)).toBe(secretLine);
    expect(encodeRecipient(decodeRecipient(publicLine ?? ''))).toBe(publicLine);
  });

  it('writes identities that age-keygen -y turns into our recipient', async () => {
    const { secretKey, publicKey } = await generateIdentity();
    const keyFile = uniquePath(tempDir(), 'ours.txt');
    await writeFile(keyFile, `${encodeIdentity(secretKey)}\n`, { mode: 0o600 });
    const printed = (await runOk('age-keygen', ['-y', keyFile])).toString().trim();
    expect(printed).toBe(encodeRecipient(publicKey));
    expect(encodeIdentity(secretKey)).toMatch(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]+$/);
  });

  it('refuses malformed keys with BAD_IDENTITY / BAD_RECIPIENT, never echoing a secret', async () => {
    const { secretKey, publicKey } = await generateIdentity();
    const identity = encodeIdentity(secretKey);
    const recipient = encodeRecipient(publicKey);
    // A last character changed to another one (never to itself: the checksum must catch it).
    const swap = (key: string, a: string, b: string) => `${key.slice(0, -1)}${key.endsWith(a) ? b : a}`;

    expect(decodeIdentity(`  ${identity}\n`)).toEqual(secretKey);
    for (const bad of [identity.toLowerCase(), recipient, swap(identity, 'Q', 'P'), identity.slice(0, 40), '', 'AGE-SECRET-KEY-1']) {
      expect(codeOf(() => decodeIdentity(bad)), bad).toBe('BAD_IDENTITY');
    }
    try {
      decodeIdentity(identity.toLowerCase());
    } catch (error) {
      expect((error as Error).message).not.toContain(identity.slice(16, 40).toLowerCase());
    }
    for (const bad of [recipient.toUpperCase(), identity, swap(recipient, 'q', 'p'), 'age1', `age1${'q'.repeat(60)}`]) {
      expect(codeOf(() => decodeRecipient(bad)), bad).toBe('BAD_RECIPIENT');
    }
    expect(codeOf(() => encodeRecipient(new Uint8Array(31)))).toBe('BAD_RECIPIENT');
    expect(codeOf(() => encodeIdentity(new Uint8Array(33)))).toBe('BAD_IDENTITY');
  });
});
