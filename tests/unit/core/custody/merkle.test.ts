import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MerkleTree, emptyRoot, hashChildren, hashLeaf, rootFromLeafHashes, verifyConsistency, verifyInclusion } from '../../../../electron/core/custody/merkle';

// RFC 6962 reference vectors, as used by google/certificate-transparency-go
// (merkletree/merkle_verifier_test.go) and transparency-dev/merkle (testonly/constants.go,
// proof/verify_test.go).
const h = (hex: string): Buffer => Buffer.from(hex, 'hex');
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(h);
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
].map(h);
const INCLUSION: Array<{ index: number; size: number; proof: string[] }> = [
  { index: 0, size: 1, proof: [] },
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];
const CONSISTENCY: Array<{ size1: number; size2: number; proof: string[] }> = [
  { size1: 1, size2: 1, proof: [] },
  {
    size1: 1,
    size2: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    size1: 6,
    size2: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    size1: 2,
    size2: 5,
    proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'],
  },
  {
    size1: 6,
    size2: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];
const SOME_HASH = h('abacaba000000000000000000000000000000000000000000060061e00123456');
const EMPTY = ROOTS[0] as Buffer;

const root = (size: number): Buffer => ROOTS[size] as Buffer;
const leafHash = (index: number): Buffer => hashLeaf(LEAVES[index] as Buffer);
const referenceTree = new MerkleTree(LEAVES.map(hashLeaf));

function flipBit(hash: Uint8Array, bit: number): Buffer {
  const copy = Buffer.from(hash);
  copy[Math.floor(bit / 8) % copy.length]! ^= 1 << bit % 8;
  return copy;
}

/** RFC 6962 §2.1 transcribed literally (recursive MTH over the leaf inputs): the oracle for the property tests. */
function referenceRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return createHash('sha256').update(Buffer.from([0])).update(leaves[0] as Buffer).digest();
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return createHash('sha256').update(Buffer.from([1])).update(referenceRoot(leaves.slice(0, k))).update(referenceRoot(leaves.slice(k))).digest();
}

describe('RFC 6962 hashing', () => {
  it('hashes the empty tree, leaves and nodes with their domain prefixes', () => {
    expect(emptyRoot()).toEqual(EMPTY);
    expect(leafHash(0)).toEqual(root(1));
    expect(hashChildren(leafHash(0), leafHash(1))).toEqual(root(2));
  });

  it('computes the known roots of the reference tree at every size 0..8', () => {
    for (let size = 0; size <= 8; size++) {
      expect(rootFromLeafHashes(LEAVES.slice(0, size).map(hashLeaf)).toString('hex')).toBe(root(size).toString('hex'));
      expect(referenceTree.root(size).toString('hex')).toBe(root(size).toString('hex'));
    }
  });
});

describe('inclusion proofs (RFC 9162 PATH)', () => {
  it.each(INCLUSION)('produces and verifies the known proof for leaf $index of $size', ({ index, size, proof }) => {
    const produced = referenceTree.inclusionProof(index, size);
    expect(produced.map((p) => p.toString('hex'))).toEqual(proof);
    expect(verifyInclusion(index, size, leafHash(index), produced, root(size))).toBe(true);
  });

  it.each(INCLUSION.filter((v) => v.proof.length > 0))('rejects every corruption of the proof for leaf $index of $size', ({ index, size, proof: hex }) => {
    const proof = hex.map(h);
    const lh = leafHash(index);
    const rt = root(size);
    const probes: Array<[number, number, Uint8Array, Uint8Array[], Uint8Array]> = [
      [index - 1, size, lh, proof, rt],
      [index + 1, size, lh, proof, rt],
      [index ^ 2, size, lh, proof, rt],
      [index, size * 2, lh, proof, rt],
      [index, Math.floor(size / 2), lh, proof, rt],
      [index, size, Buffer.from('WrongLeaf'), proof, rt],
      [index, size, lh, proof, EMPTY],
      [index, size, lh, proof, SOME_HASH],
      [index, size, lh, [...proof, Buffer.alloc(0)], rt],
      [index, size, lh, [...proof, rt], rt],
      [index, size, lh, [Buffer.alloc(0), ...proof], rt],
      [index, size, lh, [rt, ...proof], rt],
      [index, size, lh, proof.slice(0, -1), rt],
      ...proof.map((_, i): [number, number, Uint8Array, Uint8Array[], Uint8Array] => [index, size, lh, proof.map((p, j) => (i === j ? flipBit(p, 3) : p)), rt]),
    ];
    if (proof.length > 1) probes.push([index, size, lh, [proof[0] as Buffer, SOME_HASH, ...proof.slice(1)], rt]);
    for (const [i, s, l, p, r] of probes) expect(verifyInclusion(i, s, l, p, r)).toBe(false);
  });

  it('rejects impossible index and size pairs', () => {
    for (const [index, size] of [[0, 0], [1, 0], [2, 1]] as const) {
      expect(verifyInclusion(index, size, SOME_HASH, [], EMPTY)).toBe(false);
      expect(verifyInclusion(index, size, SOME_HASH, [], SOME_HASH)).toBe(false);
    }
    expect(verifyInclusion(0, 1, Buffer.alloc(0), [], Buffer.alloc(0))).toBe(false);
    expect(() => referenceTree.inclusionProof(8, 8)).toThrow(RangeError);
    expect(() => referenceTree.inclusionProof(0, 9)).toThrow(RangeError);
  });
});

describe('consistency proofs (RFC 9162 PROOF)', () => {
  it.each(CONSISTENCY)('produces and verifies the known proof from $size1 to $size2', ({ size1, size2, proof }) => {
    const produced = referenceTree.consistencyProof(size1, size2);
    expect(produced.map((p) => p.toString('hex'))).toEqual(proof);
    expect(verifyConsistency(size1, size2, root(size1), root(size2), produced)).toBe(true);
  });

  it.each(CONSISTENCY.filter((v) => v.proof.length > 0))('rejects every corruption of the proof from $size1 to $size2', ({ size1, size2, proof: hex }) => {
    const proof = hex.map(h);
    const r1 = root(size1);
    const r2 = root(size2);
    const probes: Array<[number, number, Uint8Array, Uint8Array, Uint8Array[]]> = [
      [size1 - 1, size2, r1, r2, proof],
      [size1 + 1, size2, r1, r2, proof],
      [size1 ^ 2, size2, r1, r2, proof],
      [size1, size2 * 2, r1, r2, proof],
      [size1, Math.floor(size2 / 2), r1, r2, proof],
      [size1, size2, Buffer.from('WrongRoot'), r2, proof],
      [size1, size2, r1, Buffer.from('WrongRoot'), proof],
      [size1, size2, r2, r1, proof],
      [size1, size2, r1, r2, []],
      [size1, size2, r1, r2, [...proof, Buffer.alloc(0)]],
      [size1, size2, r1, r2, [...proof, r1]],
      [size1, size2, r1, r2, [...proof, r2]],
      [size1, size2, r1, r2, [Buffer.alloc(0), ...proof]],
      [size1, size2, r1, r2, [r1, ...proof]],
      [size1, size2, r1, r2, [r2, ...proof]],
      [size1, size2, r1, r2, [proof[0] as Buffer, ...proof]],
      [size1, size2, r1, r2, proof.slice(0, -1)],
      ...proof.map((_, i): [number, number, Uint8Array, Uint8Array, Uint8Array[]] => [size1, size2, r1, r2, proof.map((p, j) => (i === j ? flipBit(p, 4) : p))]),
    ];
    for (const [s1, s2, a, b, p] of probes) expect(verifyConsistency(s1, s2, a, b, p)).toBe(false);
  });

  it('handles the trivial cases as the reference verifier does', () => {
    const root1 = Buffer.from("don't care 1");
    const root2 = Buffer.from("don't care 2");
    const cases: Array<[number, number, Buffer, Buffer, Buffer[], boolean]> = [
      [0, 0, root1, root2, [], false],
      [1, 1, root1, root2, [], false],
      [0, 0, root1, root1, [], true],
      [0, 1, root1, root2, [], true],
      [1, 1, root2, root2, [], true],
      [1, 0, root1, root2, [], false],
      [2, 1, root1, root2, [], false],
      [1, 2, root1, root2, [], false],
      [0, 0, EMPTY, root2, [], false],
      [1, 1, EMPTY, root2, [], false],
      [0, 0, EMPTY, EMPTY, [EMPTY], false],
      [0, 1, EMPTY, EMPTY, [EMPTY], false],
      [1, 1, EMPTY, EMPTY, [EMPTY], false],
    ];
    for (const [s1, s2, r1, r2, proof, want] of cases) expect(verifyConsistency(s1, s2, r1, r2, proof)).toBe(want);
  });
});

describe('properties over random trees', () => {
  const leavesArb = fc.array(fc.uint8Array({ maxLength: 24 }), { minLength: 1, maxLength: 140 }).map((list) => list.map((l) => Buffer.from(l)));

  it('grows by extension to exactly the tree built at once, whatever the steps', () => {
    fc.assert(
      fc.property(leavesArb, fc.array(fc.nat(), { maxLength: 6 }), (leaves, cuts) => {
        const hashes = leaves.map(hashLeaf);
        const points = [...new Set(cuts.map((c) => c % (hashes.length + 1)))].sort((a, b) => a - b);
        let tree = new MerkleTree([]);
        for (const point of [...points, hashes.length]) {
          if (point > tree.size) tree = tree.extended(hashes.slice(tree.size, point));
        }
        const whole = new MerkleTree(hashes);
        expect(tree.size).toBe(whole.size);
        for (let size = 0; size <= hashes.length; size++) expect(tree.root(size).equals(whole.root(size))).toBe(true);
        const last = hashes.length - 1;
        expect(tree.inclusionProof(last)).toEqual(whole.inclusionProof(last));
      }),
    );
  });

  it('matches a literal transcription of RFC 6962 MTH at every size', () => {
    fc.assert(
      fc.property(leavesArb, (leaves) => {
        const tree = new MerkleTree(leaves.map(hashLeaf));
        for (let size = 0; size <= leaves.length; size++) expect(tree.root(size)).toEqual(referenceRoot(leaves.slice(0, size)));
      }),
      { numRuns: 40 },
    );
  });

  it('verifies every inclusion proof, and none once any hash in it is altered', () => {
    fc.assert(
      fc.property(leavesArb, fc.nat(), fc.nat({ max: 255 }), (leaves, pick, bit) => {
        const tree = new MerkleTree(leaves.map(hashLeaf));
        const size = 1 + (pick % leaves.length);
        const rootHash = tree.root(size);
        for (let index = 0; index < size; index++) {
          const proof = tree.inclusionProof(index, size);
          const lh = tree.leafHash(index);
          expect(verifyInclusion(index, size, lh, proof, rootHash)).toBe(true);
          expect(verifyInclusion(index, size, flipBit(lh, bit), proof, rootHash)).toBe(false);
          expect(verifyInclusion(index, size, lh, proof, flipBit(rootHash, bit))).toBe(false);
          proof.forEach((_, i) => {
            const altered = proof.map((p, j) => (i === j ? flipBit(p, bit) : p));
            expect(verifyInclusion(index, size, lh, altered, rootHash)).toBe(false);
          });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('verifies every consistency proof, and none once any hash in it is altered', () => {
    fc.assert(
      fc.property(leavesArb, fc.nat(), fc.nat(), fc.nat({ max: 255 }), (leaves, a, b, bit) => {
        const tree = new MerkleTree(leaves.map(hashLeaf));
        const newSize = 1 + (a % leaves.length);
        const oldSize = 1 + (b % newSize);
        const proof = tree.consistencyProof(oldSize, newSize);
        const oldRoot = tree.root(oldSize);
        const newRoot = tree.root(newSize);
        expect(verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).toBe(true);
        expect(verifyConsistency(oldSize, newSize, flipBit(oldRoot, bit), newRoot, proof)).toBe(false);
        expect(verifyConsistency(oldSize, newSize, oldRoot, flipBit(newRoot, bit), proof)).toBe(false);
        proof.forEach((_, i) => {
          const altered = proof.map((p, j) => (i === j ? flipBit(p, bit) : p));
          expect(verifyConsistency(oldSize, newSize, oldRoot, newRoot, altered)).toBe(false);
        });
      }),
      { numRuns: 200 },
    );
  });
});
