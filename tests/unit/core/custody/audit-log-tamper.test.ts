import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditProblemCode, AuditVerification } from '../../../../shared/domain/audit';
import { VaultError } from '../../../../shared/errors';
import { encodeLeaf, eventFromRow, type AuditEventRow } from '../../../../electron/core/custody/audit-leaf';
import type { SignedCheckpoint } from '../../../../electron/core/custody/audit-log';
import { MerkleTree, hashLeaf } from '../../../../electron/core/custody/merkle';
import { formatCheckpoint, signNote } from '../../../../electron/core/custody/signed-note';
import type { Db } from '../../../../electron/core/db/connection';
import { AuditFixture } from './audit-fixture';

// Each case plays an attacker who holds the database key (and, where said, the signing key),
// drops the append-only triggers on a second connection and edits the log; verify() must
// name what happened with its own problem code.

let fx: AuditFixture;
let cp6: SignedCheckpoint;
let cp10: SignedCheckpoint;
let attacker: Db;

beforeEach(async () => {
  fx = await AuditFixture.create();
  fx.record(6);
  cp6 = (await fx.log.checkpoint()) as SignedCheckpoint;
  fx.record(4);
  cp10 = (await fx.log.checkpoint()) as SignedCheckpoint;
  fx.record(2); // not yet checkpointed: that alone is no problem
  attacker = fx.attacker();
});

afterEach(async () => {
  await fx.dispose();
});

function codes(result: AuditVerification): AuditProblemCode[] {
  return result.problems.map((p) => p.code);
}

function row(seq: number): AuditEventRow {
  const found = attacker.prepare<[number], AuditEventRow>('SELECT * FROM audit_events WHERE seq = ?').get(seq);
  if (!found) throw new Error(`no event ${seq}`);
  return found;
}

/** Writes a row back, optionally rebuilding its leaf and leaf hash as a careful attacker would. */
function put(target: number, from: AuditEventRow, rehash: boolean): void {
  let { leaf, leaf_hash: leafHash } = from;
  if (rehash) {
    leaf = encodeLeaf({ ...eventFromRow(from), seq: target });
    leafHash = hashLeaf(leaf);
  }
  attacker
    .prepare('UPDATE audit_events SET time = ?, actor = ?, type = ?, object_type = ?, object_id = ?, detail = ?, leaf = ?, leaf_hash = ? WHERE seq = ?')
    .run(from.time, from.actor, from.type, from.object_type, from.object_id, from.detail, leaf, leafHash, target);
}

/** The audit log of the next unlock, built from the rows as they are now, must refuse to sign. */
async function checkpointError(): Promise<VaultError> {
  const nextSession = await fx.openLog();
  try {
    await nextSession.checkpoint();
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('checkpoint() signed a tampered log');
}

describe('edited events', () => {
  it('names the event and column changed without recomputing its leaf', async () => {
    put(3, { ...row(3), actor: 'someone-else' }, false);
    const result = await fx.log.verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ code: 'EVENT_MODIFIED', seq: 3, message: expect.stringContaining('column actor') as string }]);
  });

  it('sees a detail column respelled with the same data', async () => {
    const original = row(8);
    put(8, { ...original, detail: JSON.stringify(JSON.parse(original.detail), null, 1) }, false);
    expect((await fx.log.verify()).problems).toEqual([{ code: 'EVENT_MODIFIED', seq: 8, message: expect.stringContaining('spelled differently') as string }]);
  });

  it('sees a leaf whose hash was not recomputed', async () => {
    const edited = { ...row(11), object_id: 'media-x' };
    put(11, { ...edited, leaf: encodeLeaf({ ...eventFromRow(edited), seq: 11 }) }, false);
    expect((await fx.log.verify()).problems).toEqual([{ code: 'EVENT_MODIFIED', seq: 11, message: expect.stringContaining('leaf hash') as string }]);
  });

  it('catches an edit with recomputed leaf and hash through the signed roots, and refuses to sign over it', async () => {
    put(3, { ...row(3), detail: '{"size":999}' }, true);
    const result = await fx.log.verify();
    expect(codes(result)).toEqual(['CHECKPOINT_ROOT_MISMATCH', 'CHECKPOINT_ROOT_MISMATCH']);
    expect(result.problems[0]?.message).toContain('events 0 to 5');
    expect((await checkpointError()).code).toBe('AUDIT_INVALID');
  });

  it('keeps signing, in the open session, the history it appended itself rather than rows rewritten behind its back', async () => {
    const honest = new MerkleTree(attacker.prepare<[], { leaf_hash: Buffer }>('SELECT leaf_hash FROM audit_events ORDER BY seq').all().map((r) => r.leaf_hash));
    put(3, { ...row(3), detail: '{"size":999}' }, true);
    const signed = (await fx.log.checkpoint()) as SignedCheckpoint;
    expect(signed.treeSize).toBe(12);
    expect(signed.rootHash).toBe(honest.root(12).toString('base64'));
    expect(codes(await fx.log.verify())).toContain('CHECKPOINT_ROOT_MISMATCH');
  });

  it('catches a rewrite whose checkpoints were re-signed with the stolen key, through the checkpoint file and a saved checkpoint', async () => {
    put(7, { ...row(7), actor: 'someone-else' }, true);
    const hashes = attacker.prepare<[], { leaf_hash: Buffer }>('SELECT leaf_hash FROM audit_events ORDER BY seq').all().map((r) => r.leaf_hash);
    const tree = new MerkleTree(hashes);
    attacker.exec('DELETE FROM audit_checkpoints');
    for (const old of [cp6, cp10]) {
      const note = await signNote(formatCheckpoint({ origin: fx.origin, treeSize: old.treeSize, rootHash: tree.root(old.treeSize) }), [
        { name: fx.origin, secretKey: fx.keys.privateKey, publicKey: fx.keys.publicKey },
      ]);
      attacker.prepare('INSERT INTO audit_checkpoints VALUES (?, ?, ?, ?)').run(old.treeSize, tree.root(old.treeSize), note, old.createdAt);
    }
    const result = await fx.log.verify({ trustedCheckpoint: cp10.note });
    expect(codes(result)).toEqual(['CHECKPOINT_FILE_MISMATCH', 'TRUSTED_CHECKPOINT_FORKED']);
    expect((await checkpointError()).code).toBe('AUDIT_INVALID');
    expect(await readFile(fx.checkpointFile, 'utf8')).toBe(cp10.note);
  });
});

describe('deleted events', () => {
  it('names a gap in the sequence', async () => {
    attacker.exec('DELETE FROM audit_events WHERE seq = 4');
    const result = await fx.log.verify();
    expect(result.problems).toEqual([{ code: 'EVENT_MISSING', seq: 4, message: expect.stringContaining('Event 4 is missing') as string }]);
  });

  it('sees events removed from the end of the log, below a checkpoint', async () => {
    attacker.exec('DELETE FROM audit_events WHERE seq >= 8');
    const result = await fx.log.verify();
    expect(result.problems).toEqual([{ code: 'LOG_TRUNCATED', seq: 8, message: expect.stringContaining('events 8 to 9') as string }]);
    expect(result.treeSize).toBe(8);
  });
});

describe('reordered events', () => {
  it('names rows that were swapped whole', async () => {
    const [two, three] = [row(2), row(3)];
    put(2, three, false);
    put(3, two, false);
    const result = await fx.log.verify();
    expect(result.problems.filter((p) => p.code === 'EVENT_REORDERED').map((p) => p.seq)).toEqual([2, 3]);
    expect(new Set(codes(result))).toEqual(new Set(['EVENT_REORDERED', 'CHECKPOINT_ROOT_MISMATCH']));
  });

  it('sees swapped rows whose leaves were rebuilt by their dates', async () => {
    const [eight, nine] = [row(8), row(9)];
    put(8, nine, true);
    put(9, eight, true);
    const result = await fx.log.verify();
    expect(result.problems[0]).toEqual({ code: 'EVENT_REORDERED', seq: 9, message: expect.stringContaining('before event 8') as string });
    expect(codes(result).slice(1)).toEqual(['CHECKPOINT_ROOT_MISMATCH']);
  });
});

describe('checkpoints', () => {
  it('sees a checkpoint whose signed text was changed', async () => {
    const forged = cp6.note.replace(`\n${cp6.rootHash}\n`, `\n${cp10.rootHash}\n`);
    attacker.prepare('UPDATE audit_checkpoints SET note = ?, root_hash = ? WHERE tree_size = 6').run(forged, Buffer.from(cp10.rootHash, 'base64'));
    expect(codes(await fx.log.verify())).toEqual(['CHECKPOINT_SIGNATURE_INVALID']);
  });

  it('sees a checkpoint signed by another key', async () => {
    const { sodium } = await import('../../../../electron/core/crypto/sodium');
    const other = (await sodium()).crypto_sign_keypair();
    const note = await signNote(formatCheckpoint({ origin: fx.origin, treeSize: 11, rootHash: Buffer.alloc(32, 7) }), [
      { name: fx.origin, secretKey: other.privateKey, publicKey: other.publicKey },
    ]);
    attacker.prepare('INSERT INTO audit_checkpoints VALUES (11, ?, ?, ?)').run(Buffer.alloc(32, 7), note, '2025-01-01T00:00:30.000Z');
    expect(codes(await fx.log.verify())).toEqual(['CHECKPOINT_SIGNATURE_INVALID']);
  });

  it('sees a validly signed checkpoint whose root is not the log\'s', async () => {
    const note = await signNote(formatCheckpoint({ origin: fx.origin, treeSize: 8, rootHash: Buffer.alloc(32, 1) }), [
      { name: fx.origin, secretKey: fx.keys.privateKey, publicKey: fx.keys.publicKey },
    ]);
    // The append-only triggers do not stop an INSERT: no attacker connection needed.
    fx.db.prepare('INSERT INTO audit_checkpoints VALUES (8, ?, ?, ?)').run(Buffer.alloc(32, 1), note, cp6.createdAt);
    const result = await fx.log.verify();
    expect(result.problems).toEqual([{ code: 'CHECKPOINT_ROOT_MISMATCH', message: expect.stringContaining('first 8 events') as string }]);
  });

  it('sees checkpoints signed out of order', async () => {
    const tree = new MerkleTree(attacker.prepare<[], { leaf_hash: Buffer }>('SELECT leaf_hash FROM audit_events ORDER BY seq').all().map((r) => r.leaf_hash));
    const note = await signNote(formatCheckpoint({ origin: fx.origin, treeSize: 8, rootHash: tree.root(8) }), [
      { name: fx.origin, secretKey: fx.keys.privateKey, publicKey: fx.keys.publicKey },
    ]);
    fx.db.prepare('INSERT INTO audit_checkpoints VALUES (8, ?, ?, ?)').run(tree.root(8), note, '2030-01-01T00:00:00.000Z');
    expect(codes(await fx.log.verify())).toEqual(['CHECKPOINTS_NOT_INCREASING']);
  });
});

describe('rollback', () => {
  it('sees a checkpoint file replaced by an older one', async () => {
    await writeFile(fx.checkpointFile, cp6.note);
    const result = await fx.log.verify();
    expect(result.problems).toEqual([{ code: 'CHECKPOINT_FILE_STALE', message: expect.stringContaining('fewer than the newest checkpoint in the database (10)') as string }]);
  });

  it('sees a missing or unreadable checkpoint file', async () => {
    await rm(fx.checkpointFile);
    expect(codes(await fx.log.verify())).toEqual(['CHECKPOINT_FILE_MISSING']);
    await writeFile(fx.checkpointFile, 'not a checkpoint\n');
    expect(codes(await fx.log.verify())).toEqual(['CHECKPOINT_FILE_INVALID']);
  });

  it('sees a database restored from an older copy, and will not sign over it', async () => {
    const old = await fx.snapshotDatabase('vault-old.db');
    fx.record(3);
    const latest = await fx.log.checkpoint();
    await fx.restoreDatabase(old);

    const result = await fx.log.verify();
    expect(result.problems).toEqual([{ code: 'LOG_ROLLED_BACK', seq: 12, message: expect.stringContaining('signed 15 events but the database holds only 12') as string }]);
    const refused = await checkpointError();
    expect(refused.code).toBe('AUDIT_INVALID');
    expect(refused.message).toContain('checkpoint file');
    expect(await readFile(fx.checkpointFile, 'utf8')).toBe(latest?.note);
  });

  it('sees a rollback of database and file together only through a checkpoint the custodian saved', async () => {
    const old = await fx.snapshotDatabase('vault-old.db');
    const oldFile = await readFile(fx.checkpointFile);
    fx.record(3);
    const saved = await fx.log.checkpoint();
    await fx.restoreDatabase(old);
    await writeFile(fx.checkpointFile, oldFile);

    expect((await fx.log.verify()).ok).toBe(true);
    const result = await fx.log.verify({ trustedCheckpoint: saved?.note });
    expect(result.problems).toEqual([{ code: 'TRUSTED_CHECKPOINT_ROLLED_BACK', seq: 12, message: expect.stringContaining('signed 15 events') as string }]);
  });

  it('refuses a saved checkpoint that is not ours', async () => {
    const result = await fx.log.verify({ trustedCheckpoint: cp6.note.replace(fx.origin, 'testimony-vault/other') });
    expect(codes(result)).toEqual(['TRUSTED_CHECKPOINT_INVALID']);
  });
});
