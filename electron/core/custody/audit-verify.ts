import type { AuditProblem, AuditProblemCode, AuditVerification } from '../../../shared/domain/audit';
import { checkRow, type AuditEventRow } from './audit-leaf';
import { encodeBase64 } from './base64';
import { HASH_SIZE, MerkleTree, hashLeaf } from './merkle';
import { NoteError, openCheckpoint, type Checkpoint, type NoteVerifier } from './signed-note';

/** One row of `audit_checkpoints`. */
export interface CheckpointRow {
  tree_size: number;
  root_hash: Buffer;
  note: string;
  created_at: string;
}

export interface VerifyInput {
  origin: string;
  verifiers: readonly NoteVerifier[];
  /** Every row of audit_events, in seq order (an iterator: the table may be large). */
  rows: Iterable<AuditEventRow>;
  checkpoints: readonly CheckpointRow[];
  /** The checkpoint file's bytes, undefined when there is no file. */
  checkpointFile: Uint8Array | undefined;
  trustedCheckpoint?: string | undefined;
}

interface Scan {
  tree: MerkleTree;
  /** Positions the log once had: highest seq + 1, missing ones included. */
  heldSize: number;
  /** Sizes up to this one can be recomputed: the first missing seq, or the tree size. */
  comparable: number;
}

class Findings {
  readonly list: AuditProblem[] = [];
  add(code: AuditProblemCode, message: string, seq?: number): void {
    this.list.push(seq === undefined ? { code, message } : { code, message, seq });
  }
}

const OUTSIDE = 'Someone changed the audit log outside the app.';

function scanEvents(rows: Iterable<AuditEventRow>, found: Findings): Scan {
  const leafHashes: Buffer[] = [];
  let expected = 0;
  let firstGap: number | undefined;
  let previousTime: string | undefined;
  for (const row of rows) {
    if (row.seq < expected) {
      found.add('EVENT_MODIFIED', `An event with the impossible sequence number ${row.seq} was inserted. ${OUTSIDE}`);
      continue;
    }
    if (row.seq > expected) {
      const range = row.seq - expected === 1 ? `Event ${expected} is` : `Events ${expected} to ${row.seq - 1} are`;
      found.add('EVENT_MISSING', `${range} missing from the audit log: deleted from the middle of the log. ${OUTSIDE}`, expected);
      firstGap ??= expected;
    }
    const check = checkRow(row);
    if (!check.ok && check.kind === 'moved') {
      found.add('EVENT_REORDERED', `Event ${row.seq} holds the record of event ${check.recordedSeq}: events were moved to other positions. ${OUTSIDE}`, row.seq);
    } else if (!check.ok) {
      found.add('EVENT_MODIFIED', `Event ${row.seq}: ${check.why}. ${OUTSIDE} Compare with a backup or an exported custody package to see the original.`, row.seq);
    } else if (previousTime !== undefined && row.time < previousTime) {
      // append() never dates an event before its predecessor, even when the clock goes back.
      found.add('EVENT_REORDERED', `Event ${row.seq} is dated ${row.time}, before event ${row.seq - 1} (${previousTime}): events were reordered and rehashed. ${OUTSIDE}`, row.seq);
    }
    previousTime = row.time;
    const stored = Buffer.isBuffer(row.leaf_hash) && row.leaf_hash.length === HASH_SIZE ? row.leaf_hash : hashLeaf(Buffer.isBuffer(row.leaf) ? row.leaf : Buffer.alloc(0));
    leafHashes.push(stored);
    expected = row.seq + 1;
  }
  const tree = new MerkleTree(leafHashes);
  return { tree, heldSize: expected, comparable: firstGap ?? tree.size };
}

async function open(note: string | Uint8Array, input: VerifyInput): Promise<Checkpoint | NoteError> {
  try {
    return await openCheckpoint(note, input.verifiers, input.origin);
  } catch (error) {
    if (error instanceof NoteError) return error;
    throw error;
  }
}

interface SignedHead {
  size: number;
  root: Buffer;
  createdAt: string;
}

async function checkDatabaseCheckpoints(input: VerifyInput, scan: Scan, found: Findings): Promise<SignedHead[]> {
  const heads: SignedHead[] = [];
  for (const row of input.checkpoints) {
    const opened = await open(row.note, input);
    if (opened instanceof NoteError) {
      const forged = opened.reason === 'INVALID_SIGNATURE' || opened.reason === 'UNKNOWN_KEY';
      found.add(
        forged ? 'CHECKPOINT_SIGNATURE_INVALID' : 'CHECKPOINT_MALFORMED',
        `The checkpoint of ${row.tree_size} events (${row.created_at}) cannot be trusted: ${opened.message} ${OUTSIDE}`,
      );
      continue;
    }
    if (opened.treeSize !== row.tree_size || !opened.rootHash.equals(row.root_hash)) {
      found.add('CHECKPOINT_MALFORMED', `The checkpoint row for ${row.tree_size} events (${row.created_at}) disagrees with the note it stores, which signs ${opened.treeSize} events. ${OUTSIDE}`);
    }
    heads.push({ size: opened.treeSize, root: opened.rootHash, createdAt: row.created_at });
  }
  heads.sort((a, b) => a.size - b.size);

  // Checkpoints are made one after another as the log grows: a later one is never smaller.
  const byTime = [...heads].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.size - b.size));
  let largest: SignedHead | undefined;
  for (const head of byTime) {
    if (largest && head.size <= largest.size) {
      found.add('CHECKPOINTS_NOT_INCREASING', `The checkpoint of ${head.size} events is dated ${head.createdAt}, after the checkpoint of ${largest.size} events (${largest.createdAt}): checkpoints were signed out of order. ${OUTSIDE}`);
    }
    if (!largest || head.size > largest.size) largest = head;
  }

  let lastGood = 0;
  for (const head of heads) {
    if (head.size > scan.heldSize) {
      found.add('LOG_TRUNCATED', `A checkpoint (${head.createdAt}) signed ${head.size} events but the log holds ${scan.heldSize}: events ${scan.heldSize} to ${head.size - 1} were removed from the end. ${OUTSIDE}`, scan.heldSize);
    } else if (head.size <= scan.comparable) {
      if (scan.tree.root(head.size).equals(head.root)) {
        lastGood = head.size;
      } else {
        found.add('CHECKPOINT_ROOT_MISMATCH', `The first ${head.size} events no longer match the checkpoint signed ${head.createdAt}: at least one of events ${lastGood} to ${head.size - 1} was rewritten (with recomputed hashes), inserted, removed or reordered. ${OUTSIDE}`);
      }
    }
  }
  return heads;
}

async function checkFile(input: VerifyInput, scan: Scan, heads: readonly SignedHead[], found: Findings): Promise<void> {
  const newest = heads.at(-1)?.size ?? 0;
  if (input.checkpointFile === undefined) {
    if (input.checkpoints.length > 0) {
      found.add('CHECKPOINT_FILE_MISSING', 'The checkpoint file (audit-checkpoint.txt) is missing from the vault folder, so a database restored from an older copy could not be noticed. The next checkpoint writes it again; if it was not deleted on purpose, find out who removed it.');
    }
    return;
  }
  const file = await open(input.checkpointFile, input);
  if (file instanceof NoteError) {
    found.add('CHECKPOINT_FILE_INVALID', `The checkpoint file (audit-checkpoint.txt) cannot be trusted: ${file.message}`);
    return;
  }
  if (file.treeSize > scan.heldSize && file.treeSize > newest) {
    found.add('LOG_ROLLED_BACK', `The checkpoint file signed ${file.treeSize} events but the database holds only ${scan.heldSize}: the database was replaced by an older copy, or its newest events and checkpoints were removed. Do not add anything to this vault; restore the newest copy of vault.db.`, scan.heldSize);
  } else if (file.treeSize < newest) {
    found.add('CHECKPOINT_FILE_STALE', `The checkpoint file signed ${file.treeSize} events, fewer than the newest checkpoint in the database (${newest}): it was replaced by an older copy, or the app stopped while writing it. The next checkpoint rewrites it.`);
  }
  // A file equal to a database checkpoint was judged with it; this catches a database whose
  // checkpoints were re-signed over a rewritten history while the file kept the old root.
  const judged = heads.some((head) => head.size === file.treeSize && head.root.equals(file.rootHash));
  if (!judged && file.treeSize <= scan.comparable && !scan.tree.root(file.treeSize).equals(file.rootHash)) {
    found.add('CHECKPOINT_FILE_MISMATCH', `The checkpoint file signed another history for the first ${file.treeSize} events than the database holds: events were rewritten and re-signed inside the database. ${OUTSIDE}`);
  }
}

async function checkTrusted(note: string, scan: Scan, input: VerifyInput, found: Findings): Promise<void> {
  const trusted = await open(note, input);
  if (trusted instanceof NoteError) {
    found.add('TRUSTED_CHECKPOINT_INVALID', `The saved checkpoint you gave cannot be used: ${trusted.message}`);
    return;
  }
  if (trusted.treeSize > scan.heldSize) {
    found.add('TRUSTED_CHECKPOINT_ROLLED_BACK', `Your saved checkpoint signed ${trusted.treeSize} events but the log holds only ${scan.heldSize}: the vault was rolled back to an older state, or events were removed.`, scan.heldSize);
  } else if (trusted.treeSize <= scan.comparable && !scan.tree.root(trusted.treeSize).equals(trusted.rootHash)) {
    found.add('TRUSTED_CHECKPOINT_FORKED', `The first ${trusted.treeSize} events differ from those your saved checkpoint signed: the log's history was rewritten since you saved it.`);
  }
}

/** Recomputes the whole log and checks every event, checkpoint and the checkpoint file. */
export async function verifyAuditLog(input: VerifyInput): Promise<AuditVerification> {
  const found = new Findings();
  const scan = scanEvents(input.rows, found);
  const heads = await checkDatabaseCheckpoints(input, scan, found);
  await checkFile(input, scan, heads, found);
  if (input.trustedCheckpoint !== undefined) await checkTrusted(input.trustedCheckpoint, scan, input, found);
  return {
    ok: found.list.length === 0,
    treeSize: scan.tree.size,
    rootHash: encodeBase64(scan.tree.root()),
    problems: found.list,
  };
}
