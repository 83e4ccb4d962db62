import { readFile, truncate, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { AgeFileReader, CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE as CE, type AgeErrorCode } from '../../../../../electron/core/crypto/age';
import {
  ageErrorOf,
  encryptWith,
  makeIdentity,
  plaintextOf,
  run,
  uniquePath,
  useTempDir,
  WRITERS,
  type TestIdentity,
  type Writer,
} from './age-harness';

const tempDir = useTempDir();
/** Four chunks: three full ones and a 7-byte final chunk. */
const LENGTH = 3 * CHUNK_SIZE + 7;

interface Layout {
  /** Header bytes up to and including the MAC line's LF. */
  readonly headerLength: number;
  /** Offset of chunk 0 (after the 16-byte payload nonce). */
  readonly payloadStart: number;
  /** Start offset of each header line. */
  readonly lines: readonly number[];
}

function layoutOf(bytes: Buffer): Layout {
  const macLine = bytes.indexOf('\n--- ') + 1;
  const headerLength = bytes.indexOf('\n', macLine) + 1;
  const lines = [0];
  for (let i = 0; i < headerLength - 1; i++) if (bytes[i] === 0x0a) lines.push(i + 1);
  return { headerLength, payloadStart: headerLength + 16, lines };
}

/** Replaces one base64 character (not the last of its run, so the encoding stays canonical). */
function flipBase64(bytes: Buffer, position: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[position] = copy[position] === 0x41 ? 0x42 : 0x41; // 'A' <-> 'B'
  return copy;
}

function flipByte(bytes: Buffer, position: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[position] = (copy[position] ?? 0) ^ 0x01;
  return copy;
}

function swapChunks(bytes: Buffer, layout: Layout, a: number, b: number): Buffer {
  const copy = Buffer.from(bytes);
  const at = (i: number): number => layout.payloadStart + i * CE;
  bytes.copy(copy, at(a), at(b), at(b) + CE);
  bytes.copy(copy, at(b), at(a), at(a) + CE);
  return copy;
}

type Tamper = (bytes: Buffer, layout: Layout) => Buffer;

/** Ways to damage a file that open() must refuse, with the code it must refuse with. */
const OPEN_FAILURES: [string, Tamper, AgeErrorCode, number?][] = [
  ['empty file', (b) => b.subarray(0, 0), 'TRUNCATED'],
  ['cut mid-header', (b, l) => b.subarray(0, Math.floor(l.headerLength / 2)), 'TRUNCATED'],
  ['cut inside the payload nonce', (b, l) => b.subarray(0, l.headerLength + 8), 'TRUNCATED'],
  ['cut right after the payload nonce', (b, l) => b.subarray(0, l.payloadStart), 'TRUNCATED'],
  ['cut at a chunk boundary', (b, l) => b.subarray(0, l.payloadStart + 2 * CE), 'TRUNCATED'],
  ['cut a few bytes into a chunk', (b, l) => b.subarray(0, l.payloadStart + 2 * CE + 5), 'TRUNCATED'],
  // A tag covers its whole chunk: a cut inside one reads as damage to it (as in Go age).
  ['cut in the middle of a chunk', (b, l) => b.subarray(0, l.payloadStart + CE + 1000), 'CHUNK_AUTH_FAILED', 1],
  ['drop the last chunk', (b, l) => b.subarray(0, l.payloadStart + 3 * CE), 'TRUNCATED'],
  ['change the version line', (b) => Buffer.from(b.toString('latin1').replace('age-encryption.org/v1', 'age-encryption.org/v2'), 'latin1'), 'UNSUPPORTED_VERSION'],
  ['add a space to the stanza line', (b) => Buffer.from(b.toString('latin1').replace('-> X25519 ', '->  X25519 '), 'latin1'), 'HEADER_INVALID'],
  ['flip a byte of the ephemeral share', (b, l) => flipBase64(b, (l.lines[1] ?? 0) + 15), 'NO_MATCHING_IDENTITY'],
  ['flip a byte of the wrapped file key', (b, l) => flipBase64(b, (l.lines[2] ?? 0) + 5), 'NO_MATCHING_IDENTITY'],
  ['flip a byte of the MAC', (b, l) => flipBase64(b, l.headerLength - 20), 'HEADER_MAC_MISMATCH'],
  ['flip a byte of the payload nonce', (b, l) => flipByte(b, l.headerLength + 3), 'CHUNK_AUTH_FAILED', 2],
  ['flip a byte of the last chunk', (b, l) => flipByte(b, l.payloadStart + 3 * CE + 2), 'CHUNK_AUTH_FAILED', 3],
  ['append bytes after the final chunk', (b) => Buffer.concat([b, Buffer.from('appended')]), 'TRAILING_DATA'],
  ['append more than a chunk after the final chunk', (b) => Buffer.concat([b, Buffer.alloc(CE - 3, 7)]), 'TRAILING_DATA'],
];

/** Damage inside the file that open() cannot see; reading the damaged chunk must fail. */
const READ_FAILURES: [string, Tamper, number][] = [
  ['flip a byte in chunk 1', (b, l) => flipByte(b, l.payloadStart + CE + 500), 1],
  ['flip a byte of chunk 2 tag', (b, l) => flipByte(b, l.payloadStart + 3 * CE - 1), 2],
  ['swap chunks 1 and 2', (b, l) => swapChunks(b, l, 1, 2), 1],
  ['swap chunks 0 and 1', (b, l) => swapChunks(b, l, 0, 1), 0],
];

async function writeTampered(bytes: Buffer): Promise<string> {
  const file = uniquePath(tempDir(), 'tampered.age');
  await writeFile(file, bytes);
  return file;
}

async function expectAgeRefuses(file: string, identity: TestIdentity): Promise<void> {
  expect((await run('age', ['-d', '-i', identity.identityFile, '-o', '/dev/null', file])).code).not.toBe(0);
}

describe.each(WRITERS)('tampering with a file written by %s', (writer: Writer) => {
  let identity: TestIdentity;
  let plaintext: Buffer;
  let original: Buffer;
  let layout: Layout;

  beforeAll(async () => {
    identity = await makeIdentity(tempDir());
    plaintext = plaintextOf(LENGTH, 42);
    original = await readFile(await encryptWith(writer, tempDir(), plaintext, [identity]));
    layout = layoutOf(original);
  });

  it.each(OPEN_FAILURES)('%s: open() fails with its code, and age refuses it too', async (_name, tamper, code, chunkIndex) => {
    const file = await writeTampered(tamper(original, layout));
    const error = await ageErrorOf(AgeFileReader.open(file, [identity.secretKey]));
    expect(error.code, error.message).toBe(code);
    if (chunkIndex !== undefined) expect(error.chunkIndex).toBe(chunkIndex);
    expect(error.message.length).toBeGreaterThan(40);
    await expectAgeRefuses(file, identity);
  });

  it.each(READ_FAILURES)('%s: chunks before it are served, the damaged one never is', async (_name, tamper, damaged) => {
    const file = await writeTampered(tamper(original, layout));
    await expectAgeRefuses(file, identity);
    const reader = await AgeFileReader.open(file, [identity.secretKey]);
    try {
      const error = await ageErrorOf(reader.read(0, reader.size));
      expect([error.code, error.chunkIndex]).toEqual(['CHUNK_AUTH_FAILED', damaged]);
      const inChunk = await ageErrorOf(reader.read(damaged * CHUNK_SIZE + 10, damaged * CHUNK_SIZE + 11));
      expect(inChunk.chunkIndex).toBe(damaged);

      const yielded: Buffer[] = [];
      const streamError = await ageErrorOf((async () => {
        for await (const piece of reader.stream()) yielded.push(Buffer.from(piece));
      })());
      expect(streamError.chunkIndex).toBe(damaged);
      // Exactly the intact chunks before the damaged one, and not a byte more.
      expect(Buffer.concat(yielded).equals(plaintext.subarray(0, damaged * CHUNK_SIZE))).toBe(true);
      if (damaged > 0) expect(Buffer.from(await reader.read(0, CHUNK_SIZE)).equals(plaintext.subarray(0, CHUNK_SIZE))).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it('with the wrong identity: NO_MATCHING_IDENTITY', async () => {
    const stranger = await makeIdentity(tempDir());
    const file = await writeTampered(original);
    expect((await ageErrorOf(AgeFileReader.open(file, [stranger.secretKey]))).code).toBe('NO_MATCHING_IDENTITY');
  });

  it.each([
    [0, 1],
    [1, 10],
    [2 * CHUNK_SIZE, 10],
    [2 * CHUNK_SIZE, 5],
    [CHUNK_SIZE + 1, 70_000],
    [CHUNK_SIZE - 1, CE],
  ])('a %i-byte file with %i bytes appended: TRAILING_DATA', async (length, extra) => {
    const bytes = await readFile(await encryptWith(writer, tempDir(), plaintextOf(length), [identity]));
    const file = await writeTampered(Buffer.concat([bytes, Buffer.alloc(extra, 0x5a)]));
    expect((await ageErrorOf(AgeFileReader.open(file, [identity.secretKey]))).code).toBe('TRAILING_DATA');
    await expectAgeRefuses(file, identity);
  });

  it('a file whose last chunk is full, with that chunk dropped or cut: TRUNCATED', async () => {
    const bytes = await readFile(await encryptWith(writer, tempDir(), plaintextOf(2 * CHUNK_SIZE), [identity]));
    const { payloadStart } = layoutOf(bytes);
    for (const cut of [payloadStart + CE, payloadStart + CE + 3]) {
      const file = await writeTampered(bytes.subarray(0, cut));
      expect((await ageErrorOf(AgeFileReader.open(file, [identity.secretKey]))).code).toBe('TRUNCATED');
    }
  });

  it('a file cut short after it was opened: reads fail with TRUNCATED', async () => {
    const file = await writeTampered(original);
    const reader = await AgeFileReader.open(file, [identity.secretKey]);
    try {
      await truncate(file, layout.payloadStart + CE + 100);
      expect((await ageErrorOf(reader.read(0, reader.size))).code).toBe('TRUNCATED');
    } finally {
      await reader.close();
    }
  });
});

describe('the header MAC binds every stanza', () => {
  it.each(WRITERS)('altering another recipient\'s stanza in a file written by %s: HEADER_MAC_MISMATCH', async (writer) => {
    const [alice, bob] = [await makeIdentity(tempDir()), await makeIdentity(tempDir())];
    const bytes = await readFile(await encryptWith(writer, tempDir(), plaintextOf(100), [alice, bob]));
    const layout = layoutOf(bytes);
    // Stanza 2 (bob's) body line is header line 4; alice's stanza is untouched and still unwraps.
    const file = await writeTampered(flipBase64(bytes, (layout.lines[4] ?? 0) + 5));
    expect((await ageErrorOf(AgeFileReader.open(file, [alice.secretKey]))).code).toBe('HEADER_MAC_MISMATCH');
    await expectAgeRefuses(file, alice);
  });
});
