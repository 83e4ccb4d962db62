import { writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgeFileReader, CHUNK_SIZE } from '../../../../../electron/core/crypto/age';
import { encryptInPieces, encryptWith, makeIdentity, plaintextOf, uniquePath, useTempDir, type TestIdentity } from './age-harness';

const tempDir = useTempDir();

/** Our writer fed in pieces of random sizes, so the property also exercises update()'s buffering. */
async function writeOurs(identity: TestIdentity, plaintext: Uint8Array, pieces: readonly number[]): Promise<string> {
  const { header, chunks } = await encryptInPieces(plaintext, identity.publicKey, pieces);
  const file = uniquePath(tempDir(), 'property.age');
  await writeFile(file, Buffer.concat([header, ...chunks]));
  return file;
}

const lengthArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 4 * CHUNK_SIZE + 100 }),
  fc.integer({ min: 1, max: 4 }).chain((k) => fc.integer({ min: -2, max: 2 }).map((d) => Math.max(0, k * CHUNK_SIZE + d))),
);

describe('AgeFileReader.read', () => {
  it('returns exactly the slice of the plaintext for any length and any ranges', async () => {
    const identity = await makeIdentity(tempDir());
    await fc.assert(
      fc.asyncProperty(
        lengthArbitrary,
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('ours', 'age'),
        fc.array(fc.integer({ min: 1, max: 3 * CHUNK_SIZE }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }),
        async (length, seed, writer, pieces, fractions) => {
          const plaintext = plaintextOf(length, seed);
          const file = writer === 'ours' ? await writeOurs(identity, plaintext, pieces) : await encryptWith('age', tempDir(), plaintext, [identity]);
          const reader = await AgeFileReader.open(file, [identity.secretKey]);
          try {
            expect(reader.size).toBe(length);
            for (const [a, b] of fractions) {
              const [start, end] = [Math.floor(a * length), Math.floor(b * length)].sort((x, y) => x - y) as [number, number];
              const bytes = await reader.read(start, end);
              expect(Buffer.from(bytes).equals(plaintext.subarray(start, end))).toBe(true);
            }
          } finally {
            await reader.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
