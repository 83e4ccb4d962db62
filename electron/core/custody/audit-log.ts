import type Database from 'better-sqlite3-multiple-ciphers';
import { auditEventInputSchema, type AuditEvent, type AuditEventInput, type AuditVerification } from '../../../shared/domain/audit';
import { VaultError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { encodeLeaf, eventFromRow, type AuditEventRow } from './audit-leaf';
import type { AuditLogOptions, ConsistencyProof, InclusionProof, ListEventsOptions, SignedCheckpoint } from './audit-types';
import { verifyAuditLog, type CheckpointRow } from './audit-verify';
import { writeFileAtomic } from '../fs/atomic-write';
import { sodium } from '../crypto/sodium';
import { readCheckpointFile } from './checkpoint-file';
import { encodeBase64 } from './base64';
import { canonicalJson } from './canonical-json';
import { MerkleTree, hashLeaf } from './merkle';
import { NoteError, formatCheckpoint, formatVerifierKey, isValidOrigin, openCheckpoint, signNote, verifierFor, type NoteSigner, type NoteVerifier } from './signed-note';

/** Detail is for short facts, not documents (see auditDetailSchema). */
const MAX_DETAIL_BYTES = 16 * 1024;

export type { AuditEventInput };
export type { AuditLogOptions, ConsistencyProof, InclusionProof, ListEventsOptions, SignedCheckpoint } from './audit-types';

type Statement<P extends unknown[], R = unknown> = Database.Statement<P, R>;

const EVENT_COLUMNS = 'seq, time, actor, type, object_type, object_id, detail, leaf, leaf_hash';

/**
 * The vault's tamper-evident audit log (DESIGN.md, "Audit log"): an append-only table that
 * is the leaf list of an RFC 6962 Merkle tree, with signed C2SP checkpoints kept both in the
 * database and in a file beside it.
 */
export class AuditLog {
  private readonly origin: string;
  private readonly signer: NoteSigner;
  private readonly checkpointFile: string;
  private readonly verifiers: readonly NoteVerifier[];
  private readonly now: () => Date;
  private readonly statements: {
    last: Statement<[], { seq: number; time: string }>;
    insert: Statement<[number, string, string, string, string, string, string, Buffer, Buffer]>;
    leafHashesBetween: Statement<[number, number], { leaf_hash: Buffer }>;
    all: Statement<[], AuditEventRow>;
    page: Statement<[number, number], AuditEventRow>;
    checkpoints: Statement<[], CheckpointRow>;
    newestCheckpoint: Statement<[], CheckpointRow>;
    insertCheckpoint: Statement<[number, Buffer, string, string]>;
  };
  /** checkpoint() and verify() run one after another: two checkpoints would sign the same size. */
  private queue: Promise<unknown> = Promise.resolve();
  private cachedTree = new MerkleTree([]);

  /** Checks the key pair (a wrong secret key would sign checkpoints nobody can verify), then constructs. */
  static async open(db: Db, options: AuditLogOptions): Promise<AuditLog> {
    const na = await sodium();
    const matches = options.secretKey.length === 64 && options.publicKey.length === 32 && Buffer.from(na.crypto_sign_ed25519_sk_to_pk(options.secretKey)).equals(options.publicKey);
    if (!matches) throw new VaultError('INTERNAL', 'The audit signing key does not match its public key.');
    return new AuditLog(db, options);
  }

  constructor(
    private readonly db: Db,
    options: AuditLogOptions,
  ) {
    if (!isValidOrigin(options.origin)) throw new VaultError('BAD_INPUT', `"${options.origin}" is not a valid log origin: no spaces, "+" or control characters.`);
    this.origin = options.origin;
    this.signer = { name: options.keyName, secretKey: options.secretKey, publicKey: options.publicKey };
    this.checkpointFile = options.checkpointFile;
    this.now = options.now ?? (() => new Date());
    const keys = [{ name: options.keyName, publicKey: options.publicKey }, ...(options.previousKeys ?? [])];
    this.verifiers = keys.map((key) => verifierFor(key.name, key.publicKey));
    this.statements = {
      last: db.prepare<[], { seq: number; time: string }>('SELECT seq, time FROM audit_events ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare<[number, string, string, string, string, string, string, Buffer, Buffer]>(
        `INSERT INTO audit_events (${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      leafHashesBetween: db.prepare<[number, number], { leaf_hash: Buffer }>('SELECT leaf_hash FROM audit_events WHERE seq >= ? AND seq < ? ORDER BY seq'),
      all: db.prepare<[], AuditEventRow>(`SELECT ${EVENT_COLUMNS} FROM audit_events ORDER BY seq`),
      page: db.prepare<[number, number], AuditEventRow>(`SELECT ${EVENT_COLUMNS} FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?`),
      checkpoints: db.prepare<[], CheckpointRow>('SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints ORDER BY tree_size'),
      newestCheckpoint: db.prepare<[], CheckpointRow>(
        'SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1',
      ),
      insertCheckpoint: db.prepare<[number, Buffer, string, string]>(
        'INSERT INTO audit_checkpoints (tree_size, root_hash, note, created_at) VALUES (?, ?, ?, ?)',
      ),
    };
  }

  /**
   * Records an event. Synchronous and cheap (one indexed lookup, one insert): call it inside
   * the db.transaction that makes the change, so the change and its record commit together
   * or not at all. Then call checkpoint() after the commit.
   */
  append(input: AuditEventInput): { seq: number } {
    if (!this.db.inTransaction) throw new Error('AuditLog.append() must run inside the transaction of the change it records.');
    const parsed = auditEventInputSchema.safeParse(input);
    if (!parsed.success) throw new VaultError('BAD_INPUT', `Invalid audit event: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const last = this.statements.last.get();
    const seq = last ? last.seq + 1 : 0;
    // Never earlier than the previous event, even if the clock was set back: verify() then
    // reads a date that goes backwards as a sign of reordering.
    const clock = this.now().toISOString();
    const time = last && last.time > clock ? last.time : clock;
    const { type, actor, objectType, objectId } = parsed.data;
    const event: AuditEvent = { seq, time, actor, type, objectType, objectId, detail: parsed.data.detail ?? {} };
    const detail = canonicalJson(event.detail);
    if (Buffer.byteLength(detail) > MAX_DETAIL_BYTES) throw new VaultError('BAD_INPUT', `Audit event detail is larger than ${MAX_DETAIL_BYTES} bytes.`);
    const leaf = encodeLeaf(event);
    this.statements.insert.run(seq, time, actor, type, objectType, objectId, detail, leaf, hashLeaf(leaf));
    return { seq };
  }

  /** Number of events (the tree size a checkpoint now would sign). */
  size(): number {
    const last = this.statements.last.get();
    return last ? last.seq + 1 : 0;
  }

  listEvents(options: ListEventsOptions = {}): AuditEvent[] {
    const afterSeq = options.afterSeq ?? -1;
    const limit = options.limit ?? 1000;
    if (!Number.isSafeInteger(afterSeq) || afterSeq < -1) throw new VaultError('BAD_INPUT', 'afterSeq must be an integer of at least -1.');
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 10_000) throw new VaultError('BAD_INPUT', 'limit must be between 1 and 10000.');
    return this.statements.page.all(afterSeq, limit).map(eventFromRow);
  }

  latestCheckpoint(): SignedCheckpoint | undefined {
    const row = this.statements.newestCheckpoint.get();
    return row && toSigned(row);
  }

  /** Wipes the signing key this log holds (the vault is locking). */
  dispose(): void {
    this.signer.secretKey.fill(0);
  }

  /** The `<name>+<key hash>+<key>` string a recipient needs to check our checkpoints. */
  verifierKey(): string {
    return formatVerifierKey(this.signer.name, this.signer.publicKey);
  }

  /**
   * Signs the current tree head, stores it, and replaces the checkpoint file. Call it after
   * the transaction that appended has committed. Nothing new: no new checkpoint (but a
   * checkpoint file left behind by a crash is brought up to date). Refuses to sign when the
   * log no longer extends its last checkpoint or the checkpoint file: signing then would
   * bless a rewritten history and overwrite the evidence of it.
   */
  checkpoint(): Promise<SignedCheckpoint | undefined> {
    // Inside a transaction it would sign events that may still roll back, and the file,
    // which cannot roll back, would then claim more events than the database keeps.
    if (this.db.inTransaction) return Promise.reject(new Error('AuditLog.checkpoint() must run after the transaction has committed.'));
    const run = this.queue.then(() => this.signCheckpoint());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async signCheckpoint(): Promise<SignedCheckpoint | undefined> {
    const tree = this.tree(this.size());
    const newest = this.statements.newestCheckpoint.get();
    if (newest) await this.assertExtends(tree, newest.note, 'its last checkpoint');
    const file = await readCheckpointFile(this.checkpointFile);
    const fileHead = file && (await this.openOrUndefined(file));
    if (file && fileHead) await this.assertExtends(tree, file, 'the checkpoint file');

    if (tree.size === 0) return undefined;
    if (newest && newest.tree_size === tree.size) {
      if (!fileHead || fileHead.treeSize < newest.tree_size) await writeFileAtomic(this.checkpointFile, newest.note);
      return toSigned(newest);
    }
    const rootHash = tree.root();
    const note = await signNote(formatCheckpoint({ origin: this.origin, treeSize: tree.size, rootHash }), [this.signer]);
    const clock = this.now().toISOString();
    const createdAt = newest && newest.created_at > clock ? newest.created_at : clock;
    this.statements.insertCheckpoint.run(tree.size, rootHash, note, createdAt);
    await writeFileAtomic(this.checkpointFile, note);
    return { treeSize: tree.size, rootHash: encodeBase64(rootHash), note, createdAt };
  }

  private async openOrUndefined(note: string | Uint8Array): Promise<{ treeSize: number } | undefined> {
    try {
      return await openCheckpoint(note, this.verifiers, this.origin);
    } catch (error) {
      if (error instanceof NoteError) return undefined;
      throw error;
    }
  }

  private async assertExtends(tree: MerkleTree, note: string | Uint8Array, what: string): Promise<void> {
    let head;
    try {
      head = await openCheckpoint(note, this.verifiers, this.origin);
    } catch (error) {
      if (error instanceof NoteError) throw new VaultError('AUDIT_INVALID', `The audit log cannot be checkpointed: ${what} does not verify (${error.message}). Run the audit verification.`);
      throw error;
    }
    if (head.treeSize > tree.size || !tree.root(head.treeSize).equals(head.rootHash)) {
      throw new VaultError(
        'AUDIT_INVALID',
        `The audit log no longer extends ${what} (${head.treeSize} events): it was rolled back or rewritten. Nothing was signed; run the audit verification.`,
      );
    }
  }

  /**
   * Recomputes everything from the rows; see verifyAuditLog for what is checked. Waits for a
   * checkpoint in progress, which would otherwise show as a stale checkpoint file.
   */
  verify(options: { trustedCheckpoint?: string } = {}): Promise<AuditVerification> {
    const run = this.queue.then(() => this.verifyNow(options.trustedCheckpoint));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async verifyNow(trustedCheckpoint: string | undefined): Promise<AuditVerification> {
    const checkpointFile = await readCheckpointFile(this.checkpointFile);
    // Read the checkpoints first: the connection is busy while the row iterator is open,
    // and verifyAuditLog walks the rows before its first await.
    const checkpoints = this.statements.checkpoints.all();
    return verifyAuditLog({
      origin: this.origin,
      verifiers: this.verifiers,
      rows: this.statements.all.iterate(),
      checkpoints,
      checkpointFile,
      trustedCheckpoint,
    });
  }

  /** Proof that event `seq` is in the tree of `treeSize` events (e.g. the exported checkpoint's size). */
  inclusionProof(seq: number, treeSize: number): InclusionProof {
    return this.inclusionProofs([seq], treeSize)[0] as InclusionProof;
  }

  /** Many proofs against one tree: the tree is built once. */
  inclusionProofs(seqs: readonly number[], treeSize: number): InclusionProof[] {
    const tree = this.tree(treeSize);
    const rootHash = encodeBase64(tree.root(treeSize));
    return seqs.map((seq) => {
      if (!Number.isSafeInteger(seq) || seq < 0 || seq >= treeSize) throw new VaultError('BAD_INPUT', `Event ${seq} is not in a log of ${treeSize} events.`);
      return { seq, treeSize, leafHash: encodeBase64(tree.leafHash(seq)), rootHash, proof: tree.inclusionProof(seq, treeSize).map(encodeBase64) };
    });
  }

  /** Proof that the log of `newSize` events extends the log of `oldSize` events. */
  consistencyProof(oldSize: number, newSize: number): ConsistencyProof {
    if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > newSize) throw new VaultError('BAD_INPUT', `No consistency proof from ${oldSize} to ${newSize} events.`);
    const tree = this.tree(newSize);
    return {
      oldSize,
      newSize,
      oldRootHash: encodeBase64(tree.root(oldSize)),
      newRootHash: encodeBase64(tree.root(newSize)),
      proof: tree.consistencyProof(oldSize, newSize).map(encodeBase64),
    };
  }

  /**
   * A tree holding at least the first `size` events (callers pass sizes explicitly). Outside a
   * transaction the tree is kept and only extended with the events added since, so a
   * checkpoint costs O(new events), not O(all events); verify() never uses it and recomputes
   * everything from the rows. Inside a transaction (rows that may still roll back) a tree is
   * built afresh and not kept.
   */
  private tree(size: number): MerkleTree {
    const held = this.size();
    if (!Number.isSafeInteger(size) || size < 0 || size > held) throw new VaultError('BAD_INPUT', `The log holds ${held} events, not ${size}.`);
    if (held < this.cachedTree.size) {
      throw new VaultError('AUDIT_INVALID', `Events were removed from the audit log while the vault was open (${held} left of ${this.cachedTree.size}). Run the audit verification.`);
    }
    if (this.db.inTransaction) return this.treeFrom(new MerkleTree([]), size);
    if (size > this.cachedTree.size) this.cachedTree = this.treeFrom(this.cachedTree, size);
    return this.cachedTree;
  }

  private treeFrom(base: MerkleTree, size: number): MerkleTree {
    const hashes = this.statements.leafHashesBetween.all(base.size, size).map((row) => row.leaf_hash);
    if (hashes.length !== size - base.size) {
      throw new VaultError('AUDIT_INVALID', `Events are missing from the audit log (${base.size + hashes.length} of ${size}). Run the audit verification.`);
    }
    try {
      return base.extended(hashes);
    } catch {
      throw new VaultError('AUDIT_INVALID', 'A stored leaf hash of the audit log is damaged. Run the audit verification.');
    }
  }
}

function toSigned(row: CheckpointRow): SignedCheckpoint {
  return { treeSize: row.tree_size, rootHash: encodeBase64(row.root_hash), note: row.note, createdAt: row.created_at };
}
