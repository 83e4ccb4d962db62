import { createHash } from 'node:crypto';

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing, proofs and proof verification (SHA-256).
 * Leaves and nodes are hashed with different prefixes (0x00, 0x01) so that a leaf can never
 * be passed off as an inner node (second-preimage attack on the tree).
 *
 * Sizes and indexes are JS numbers; bit tricks (>>, &) would break above 2^31, so halving
 * is done with arithmetic.
 */
export const HASH_SIZE = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function sha256(...parts: readonly Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export function hashLeaf(leaf: Uint8Array): Buffer {
  return sha256(LEAF_PREFIX, leaf);
}

export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(NODE_PREFIX, left, right);
}

/** MTH({}) = SHA-256 of the empty string. */
export function emptyRoot(): Buffer {
  return sha256();
}

/** The largest power of two strictly smaller than n (n >= 2): RFC 6962's split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** log2(n) when n is a power of two, else -1. */
function exactLog2(n: number): number {
  let height = 0;
  while (n > 1 && n % 2 === 0) {
    n /= 2;
    height++;
  }
  return n === 1 ? height : -1;
}

function assertSize(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/**
 * A tree over a fixed list of leaf hashes. Every complete, aligned subtree hash is computed
 * once (about n hashes, 32 bytes each, kept as one Buffer per level), so the root at any
 * size and any proof then cost O(log² n) lookups and hashes instead of O(n).
 */
export class MerkleTree {
  /** levels[h] holds, back to back, the hashes of the aligned subtrees of 2^h leaves. */
  private readonly levels: Buffer[];
  readonly size: number;

  constructor(leafHashes: readonly Uint8Array[]) {
    const tree = MerkleTree.grow([Buffer.alloc(0)], 0, leafHashes);
    this.levels = tree.levels;
    this.size = tree.size;
  }

  /**
   * This tree with more leaves appended. Only the subtrees the new leaves complete are hashed
   * (O(k log n) for k new leaves), so a log that grows one event at a time is not rehashed
   * whole at every checkpoint. This tree is left as it was.
   */
  extended(moreLeafHashes: readonly Uint8Array[]): MerkleTree {
    const grown = MerkleTree.grow(this.levels, this.size, moreLeafHashes);
    const tree = Object.create(MerkleTree.prototype) as MerkleTree;
    Object.assign(tree, { levels: grown.levels, size: grown.size });
    return tree;
  }

  private static grow(levels: readonly Buffer[], size: number, more: readonly Uint8Array[]): { levels: Buffer[]; size: number } {
    const added = Buffer.alloc(more.length * HASH_SIZE);
    more.forEach((hash, i) => {
      if (hash.length !== HASH_SIZE) throw new RangeError(`leaf hash ${size + i} is ${hash.length} bytes, expected ${HASH_SIZE}`);
      added.set(hash, i * HASH_SIZE);
    });
    const out: Buffer[] = [Buffer.concat([levels[0] ?? Buffer.alloc(0), added])];
    for (let h = 0; out[h]!.length >= 2 * HASH_SIZE; h++) {
      const below = out[h]!;
      const pairs = Math.floor(below.length / (2 * HASH_SIZE));
      const kept = levels[h + 1] ?? Buffer.alloc(0);
      const have = kept.length / HASH_SIZE;
      const next = Buffer.alloc(pairs * HASH_SIZE);
      kept.copy(next, 0, 0, Math.min(kept.length, next.length));
      for (let i = have; i < pairs; i++) {
        const left = below.subarray(2 * i * HASH_SIZE, (2 * i + 1) * HASH_SIZE);
        const right = below.subarray((2 * i + 1) * HASH_SIZE, (2 * i + 2) * HASH_SIZE);
        hashChildren(left, right).copy(next, i * HASH_SIZE);
      }
      out.push(next);
    }
    return { levels: out, size: size + more.length };
  }

  leafHash(index: number): Buffer {
    this.checkIndex(index, this.size);
    return Buffer.from(this.node(0, index));
  }

  /** MTH(D[0:size]), the root the log had when it held `size` events. */
  root(size = this.size): Buffer {
    this.checkSize(size);
    return size === 0 ? emptyRoot() : this.subtree(0, size);
  }

  /** PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, ordered from the leaf up. */
  inclusionProof(index: number, size = this.size): Buffer[] {
    this.checkSize(size);
    this.checkIndex(index, size);
    const proof: Buffer[] = [];
    this.path(index, 0, size, proof);
    return proof;
  }

  /** PROOF(oldSize, D[0:newSize]) of RFC 9162 §2.1.4.1; empty when oldSize is 0 or equals newSize. */
  consistencyProof(oldSize: number, newSize = this.size): Buffer[] {
    this.checkSize(newSize);
    assertSize('old size', oldSize);
    if (oldSize > newSize) throw new RangeError(`old size ${oldSize} is larger than new size ${newSize}`);
    const proof: Buffer[] = [];
    if (oldSize > 0 && oldSize < newSize) this.subproof(oldSize, 0, newSize, true, proof);
    return proof;
  }

  private path(m: number, lo: number, hi: number, out: Buffer[]): void {
    const n = hi - lo;
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      this.path(m, lo, lo + k, out);
      out.push(this.subtree(lo + k, hi));
    } else {
      this.path(m - k, lo + k, hi, out);
      out.push(this.subtree(lo, lo + k));
    }
  }

  private subproof(m: number, lo: number, hi: number, complete: boolean, out: Buffer[]): void {
    const n = hi - lo;
    if (m === n) {
      if (!complete) out.push(this.subtree(lo, hi));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      this.subproof(m, lo, lo + k, complete, out);
      out.push(this.subtree(lo + k, hi));
    } else {
      this.subproof(m - k, lo + k, hi, false, out);
      out.push(this.subtree(lo, lo + k));
    }
  }

  /** MTH(D[lo:hi]) for hi > lo: a stored node when the range is a complete aligned subtree. */
  private subtree(lo: number, hi: number): Buffer {
    const n = hi - lo;
    const height = exactLog2(n);
    if (height >= 0 && lo % n === 0) return Buffer.from(this.node(height, lo / n));
    const k = splitPoint(n);
    return hashChildren(this.subtree(lo, lo + k), this.subtree(lo + k, hi));
  }

  private node(height: number, index: number): Buffer {
    const level = this.levels[height];
    if (!level) throw new RangeError(`no level ${height}`);
    return level.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  private checkSize(size: number): void {
    assertSize('tree size', size);
    if (size > this.size) throw new RangeError(`tree size ${size} is larger than the ${this.size} leaves known`);
  }

  private checkIndex(index: number, size: number): void {
    assertSize('leaf index', index);
    if (index >= size) throw new RangeError(`leaf index ${index} is outside a tree of ${size} leaves`);
  }
}

/** MTH over a list of leaf hashes. */
export function rootFromLeafHashes(leafHashes: readonly Uint8Array[]): Buffer {
  return new MerkleTree(leafHashes).root();
}

function isHash(value: Uint8Array): boolean {
  return value.length === HASH_SIZE;
}

function isSize(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

/** RFC 9162: "right-shift both fn and sn equally until either LSB(fn) is set or fn is 0". */
function shiftWhileEven(fn: number, sn: number): [number, number] {
  while (fn % 2 === 0 && fn !== 0) {
    fn /= 2;
    sn = Math.floor(sn / 2);
  }
  return [fn, sn];
}

/** RFC 9162 §2.1.3.2. Any wrong index, size, hash or extra/missing proof element gives false. */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isSize(index) || !isSize(size) || index >= size) return false;
  if (!isHash(leafHash) || !isHash(root) || !proof.every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leafHash);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = hashChildren(p, r);
      [fn, sn] = shiftWhileEven(fn, sn);
    } else {
      r = hashChildren(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(r, root);
}

/**
 * RFC 9162 §2.1.4.2, plus the trivial cases: equal sizes need equal roots and an empty
 * proof; an empty old tree is consistent with everything (and needs an empty proof).
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isSize(oldSize) || !isSize(newSize) || oldSize > newSize) return false;
  if (!proof.every(isHash)) return false;
  if (oldSize === newSize) return proof.length === 0 && equal(oldRoot, newRoot);
  if (oldSize === 0) return proof.length === 0;
  if (proof.length === 0 || !isHash(oldRoot) || !isHash(newRoot)) return false;

  const path = exactLog2(oldSize) >= 0 ? [oldRoot, ...proof] : [...proof];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  const [first, ...rest] = path;
  if (!first) return false;
  let fr: Buffer = Buffer.from(first);
  let sr: Buffer = Buffer.from(first);
  for (const c of rest) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      [fn, sn] = shiftWhileEven(fn, sn);
    } else {
      sr = hashChildren(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(fr, oldRoot) && equal(sr, newRoot);
}
