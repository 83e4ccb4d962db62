import { describe, expect, it } from 'vitest';
import { AgeFileReader, CHUNK_SIZE } from '../../../../../electron/core/crypto/age';
import { ageErrorOf, encryptWith, makeIdentity, plaintextOf, readAll, useTempDir, WRITERS } from './age-harness';

const tempDir = useTempDir();
const EDGE_LENGTHS = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 7];

/** Ranges worth checking for a plaintext of `size` bytes: ends, chunk edges, straddles, empty. */
function rangesFor(size: number): [number, number][] {
  const ranges: [number, number][] = [[0, size], [0, 0], [size, size]];
  if (size > 0) ranges.push([size - 1, size], [0, 1], [Math.floor(size / 2), Math.floor(size / 2) + 1]);
  for (let boundary = CHUNK_SIZE; boundary < size; boundary += CHUNK_SIZE) {
    ranges.push([boundary - 1, boundary + 1], [boundary - 100, Math.min(size, boundary + 5000)], [boundary, boundary + 1], [boundary - 1, boundary]);
  }
  if (size > 2 * CHUNK_SIZE) ranges.push([CHUNK_SIZE - 3, size - 2], [10, 2 * CHUNK_SIZE + 10]);
  return ranges;
}

describe('AgeFileReader', () => {
  describe.each(WRITERS)('on files written by %s', (writer) => {
    it.each(EDGE_LENGTHS)('reads back %i bytes, whole and by ranges, equal to the original', async (length) => {
      const identity = await makeIdentity(tempDir());
      const plaintext = plaintextOf(length, length + 3);
      const file = await encryptWith(writer, tempDir(), plaintext, [identity]);
      const reader = await AgeFileReader.open(file, [identity.secretKey]);
      try {
        expect(reader.size).toBe(length);
        for (const [start, end] of rangesFor(length)) {
          const bytes = await reader.read(start, end);
          expect(Buffer.from(bytes).equals(plaintext.subarray(start, end)), `range ${start}-${end}`).toBe(true);
        }
        const streamed: Buffer[] = [];
        for await (const piece of reader.stream()) streamed.push(Buffer.from(piece));
        expect(Buffer.concat(streamed).equals(plaintext)).toBe(true);
        if (length > 10) {
          const part: Buffer[] = [];
          for await (const piece of reader.stream({ start: 5, end: length - 5 })) part.push(Buffer.from(piece));
          expect(Buffer.concat(part).equals(plaintext.subarray(5, length - 5))).toBe(true);
        }
      } finally {
        await reader.close();
      }
    });
  });

  it('serves concurrent reads of different ranges correctly', async () => {
    const identity = await makeIdentity(tempDir());
    const plaintext = plaintextOf(5 * CHUNK_SIZE + 99);
    const file = await encryptWith('age', tempDir(), plaintext, [identity]);
    const reader = await AgeFileReader.open(file, [identity.secretKey]);
    try {
      const ranges = Array.from({ length: 38 }, (_, i): [number, number] => [i * 8000, i * 8000 + 30_000]);
      const results = await Promise.all(ranges.map(([start, end]) => reader.read(start, end)));
      results.forEach((bytes, i) => {
        const [start, end] = ranges[i] ?? [0, 0];
        expect(Buffer.from(bytes).equals(plaintext.subarray(start, end))).toBe(true);
      });
    } finally {
      await reader.close();
    }
  });

  it('finds its stanza among several recipients and tries every identity given', async () => {
    const [alice, bob, carol] = [await makeIdentity(tempDir()), await makeIdentity(tempDir()), await makeIdentity(tempDir())];
    const plaintext = plaintextOf(70_000);
    const file = await encryptWith('age', tempDir(), plaintext, [alice, bob]);
    const reader = await AgeFileReader.open(file, [carol.secretKey, bob.secretKey]);
    try {
      expect(Buffer.from(await reader.read(0, reader.size)).equals(plaintext)).toBe(true);
    } finally {
      await reader.close();
    }
    expect((await readAll(file, alice)).equals(plaintext)).toBe(true);
  });

  it('refuses ranges outside the plaintext with RANGE_OUT_OF_BOUNDS', async () => {
    const identity = await makeIdentity(tempDir());
    const file = await encryptWith('ours', tempDir(), plaintextOf(100), [identity]);
    const reader = await AgeFileReader.open(file, [identity.secretKey]);
    try {
      for (const [start, end] of [[0, 101], [-1, 5], [50, 40], [1.5, 3], [101, 101], [Number.NaN, 3]] as [number, number][]) {
        expect((await ageErrorOf(reader.read(start, end))).code, `${start}-${end}`).toBe('RANGE_OUT_OF_BOUNDS');
      }
      expect((await ageErrorOf((async () => { for await (const _ of reader.stream({ start: 0, end: 500 })) void _; })())).code).toBe('RANGE_OUT_OF_BOUNDS');
    } finally {
      await reader.close();
    }
  });

  it('refuses an empty identity list and wrong-size keys with BAD_IDENTITY', async () => {
    const identity = await makeIdentity(tempDir());
    const file = await encryptWith('ours', tempDir(), plaintextOf(10), [identity]);
    expect((await ageErrorOf(AgeFileReader.open(file, []))).code).toBe('BAD_IDENTITY');
    expect((await ageErrorOf(AgeFileReader.open(file, [new Uint8Array(16)]))).code).toBe('BAD_IDENTITY');
  });
});
