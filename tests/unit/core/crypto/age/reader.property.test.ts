import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AgeError, AgeFileReader, CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE } from '../../../../../electron/core/crypto/age';
import { encryptWith, makeIdentity, plaintextOf, uniquePath, useTempDir } from './age-harness';

/**
 * The reader under mutated files (issue 7): whatever happens to the bytes on disk, it either
 * fails with an AgeError or returns bytes that are exactly the original plaintext at their
 * offsets. It never throws anything else, and never hands out a byte that did not
 * authenticate, nor a shorter or longer file than was written.
 */
const dir = useTempDir();
// Two full chunks and a partial one: mutations land in the header, in a middle chunk and in the last.
const PLAINTEXT = plaintextOf(2 * CHUNK_SIZE + 1234, 7);

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'header'; at: number; byte: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'append'; bytes: Uint8Array };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fraction, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }),
  // Header edits: any byte of the text header (stanzas, MAC line) replaced by a printable one.
  fc.record({ kind: fc.constant('header' as const), at: fraction, byte: fc.integer({ min: 0x0a, max: 0x7e }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.integer({ min: 0, max: 2 }), b: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 200 }) }),
);

function headerLength(file: Buffer): number {
  // The header ends with the MAC line "--- <base64>\n".
  const mac = file.indexOf('\n---');
  return file.indexOf('\n', mac + 1) + 1;
}

function mutate(file: Buffer, m: Mutation): Buffer {
  const at = (f: number) => Math.floor(f * file.length);
  switch (m.kind) {
    case 'flip': {
      const out = Buffer.from(file);
      out[at(m.at)]! ^= 1 << m.bit;
      return out;
    }
    case 'truncate':
      return file.subarray(0, at(m.at));
    case 'insert':
      return Buffer.concat([file.subarray(0, at(m.at)), m.bytes, file.subarray(at(m.at))]);
    case 'delete':
      return Buffer.concat([file.subarray(0, at(m.at)), file.subarray(at(m.at) + m.length)]);
    case 'header': {
      const out = Buffer.from(file);
      const i = Math.floor(m.at * headerLength(file));
      out[i] = out[i] === m.byte ? m.byte ^ 1 : m.byte;
      return out;
    }
    case 'swap': {
      // Whole encrypted chunks swapped (a reordering attack); the payload starts after a 16-byte nonce.
      const start = headerLength(file) + 16;
      const chunk = (i: number) => file.subarray(start + i * ENCRYPTED_CHUNK_SIZE, Math.min(file.length, start + (i + 1) * ENCRYPTED_CHUNK_SIZE));
      const [a, b] = m.a < m.b ? [m.a, m.b] : [m.b, m.a];
      if (a === b) return Buffer.from(file);
      const parts = [0, 1, 2].map(chunk);
      [parts[a], parts[b]] = [parts[b]!, parts[a]!];
      return Buffer.concat([file.subarray(0, start), ...parts]);
    }
    case 'append':
      return Buffer.concat([file, m.bytes]);
  }
}

/** Everything the reader will give for a file: each returned piece with its offset, or the AgeError. */
async function everythingReadable(file: string, secretKey: Uint8Array, range: [number, number]): Promise<{ pieces: [number, Uint8Array][]; size?: number; error?: AgeError }> {
  const pieces: [number, Uint8Array][] = [];
  let reader: AgeFileReader;
  try {
    reader = await AgeFileReader.open(file, [secretKey]);
  } catch (error) {
    if (error instanceof AgeError) return { pieces, error };
    throw error;
  }
  try {
    let offset = 0;
    for await (const piece of reader.stream()) {
      pieces.push([offset, piece]);
      offset += piece.length;
    }
    const start = Math.min(range[0], reader.size);
    const end = Math.min(Math.max(start, range[1]), reader.size);
    pieces.push([start, await reader.read(start, end)]);
    return { pieces, size: reader.size };
  } catch (error) {
    if (error instanceof AgeError) return { pieces, size: reader.size, error };
    throw error;
  } finally {
    await reader.close();
  }
}

describe('the age reader under mutated files', () => {
  it('returns only authenticated bytes of the original, or an AgeError, for any mutation', async () => {
    const identity = await makeIdentity(dir());
    const original = await fs.readFile(await encryptWith('ours', dir(), PLAINTEXT, [identity]));
    const target = uniquePath(dir(), 'mutated.age');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.tuple(fc.nat(PLAINTEXT.length), fc.nat(PLAINTEXT.length)), async (mutations, range) => {
        const mutated = mutations.reduce(mutate, original);
        await fs.writeFile(target, mutated);
        const result = await everythingReadable(target, identity.secretKey, range);
        for (const [offset, piece] of result.pieces) {
          expect(Buffer.from(piece).equals(PLAINTEXT.subarray(offset, offset + piece.length))).toBe(true);
        }
        // Opened means the whole length authenticated: a cut or an extension is never passed off as the file.
        if (result.size !== undefined) expect(result.size).toBe(PLAINTEXT.length);
        if (result.error) refused++;
        // Unchanged bytes (a flip undone by another) read back whole; anything else is refused.
        if (!mutated.equals(original)) expect(result.error).toBeInstanceOf(AgeError);
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(900);
  });
});
