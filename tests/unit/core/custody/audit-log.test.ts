import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_EVENT_TYPE_INFO, AUDIT_EVENT_TYPES, PREMIS_EVENT_TYPE_BASE } from '../../../../shared/domain/audit';
import { VaultError } from '../../../../shared/errors';
import { MerkleTree, verifyConsistency, verifyInclusion } from '../../../../electron/core/custody/merkle';
import { openCheckpoint, parseVerifierKey } from '../../../../electron/core/custody/signed-note';
import { AuditFixture } from './audit-fixture';

let fx: AuditFixture;

beforeEach(async () => {
  fx = await AuditFixture.create();
});

afterEach(async () => {
  await fx.dispose();
});

function storedLeafHashes(): Buffer[] {
  return fx.db.prepare<[], { leaf_hash: Buffer }>('SELECT leaf_hash FROM audit_events ORDER BY seq').all().map((r) => r.leaf_hash);
}

function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof VaultError ? error.code : (error as Error).message;
  }
  return undefined;
}

describe('event vocabulary', () => {
  it('gives every event type its PREMIS label, and a LoC eventType URI where PREMIS has one', () => {
    for (const type of AUDIT_EVENT_TYPES) {
      const info = AUDIT_EVENT_TYPE_INFO[type];
      expect(info.label).toBe(type);
      if (info.uri !== undefined) expect(info.uri).toMatch(new RegExp(`^${PREMIS_EVENT_TYPE_BASE}[a-z]{3}$`));
    }
    expect(AUDIT_EVENT_TYPE_INFO['fixity check'].uri).toBe('http://id.loc.gov/vocabulary/preservation/eventType/fix');
    expect(AUDIT_EVENT_TYPE_INFO['key change'].uri).toBeUndefined();
  });
});

describe('append', () => {
  it('stores the canonical JSON leaf and its RFC 6962 leaf hash, numbering events from 0', () => {
    const seqs = fx.db.transaction(() => [
      fx.log.append({ type: 'ingestion', actor: 'user-1', objectType: 'testimony', objectId: 't1', detail: { b: 'x', a: 1 } }),
      fx.log.append({ type: 'fixity check', actor: 'user-1', objectType: 'media', objectId: 'm1' }),
    ])();
    expect(seqs).toEqual([{ seq: 0 }, { seq: 1 }]);
    const row = fx.db.prepare<[], { leaf: Buffer; leaf_hash: Buffer; detail: string }>('SELECT leaf, leaf_hash, detail FROM audit_events WHERE seq = 0').get();
    expect(row?.leaf.toString('utf8')).toBe(
      '{"actor":"user-1","detail":{"a":1,"b":"x"},"object":{"id":"t1","type":"testimony"},"seq":0,"time":"2025-01-01T00:00:00.000Z","type":"ingestion","v":1}',
    );
    expect(row?.detail).toBe('{"a":1,"b":"x"}');
    expect(row?.leaf_hash).toEqual(createHash('sha256').update(Buffer.from([0])).update(row?.leaf ?? Buffer.alloc(0)).digest());
    expect(fx.log.listEvents()).toEqual([
      { seq: 0, time: '2025-01-01T00:00:00.000Z', actor: 'user-1', type: 'ingestion', objectType: 'testimony', objectId: 't1', detail: { a: 1, b: 'x' } },
      { seq: 1, time: '2025-01-01T00:00:01.000Z', actor: 'user-1', type: 'fixity check', objectType: 'media', objectId: 'm1', detail: {} },
    ]);
  });

  it('commits or rolls back together with the change it records', () => {
    expect(errorCode(() => fx.log.append({ type: 'creation', actor: 'u', objectType: 'vault', objectId: 'v' }))).toMatch(/inside the transaction/);
    expect(() =>
      fx.db.transaction(() => {
        fx.log.append({ type: 'deletion', actor: 'u', objectType: 'testimony', objectId: 't' });
        throw new Error('the change failed');
      })(),
    ).toThrow('the change failed');
    expect(fx.log.size()).toBe(0);
    expect(fx.record(1)).toEqual([0]);
  });

  it('refuses malformed events with BAD_INPUT', () => {
    const bad = [
      { type: 'exfiltration', actor: 'u', objectType: 'vault', objectId: 'v' },
      { type: 'creation', actor: '', objectType: 'vault', objectId: 'v' },
      { type: 'creation', actor: 'u', objectType: 'Vault Object', objectId: 'v' },
      { type: 'creation', actor: 'u', objectType: 'vault', objectId: 'line\nbreak' },
      { type: 'creation', actor: 'lone \uD800 surrogate', objectType: 'vault', objectId: 'v' },
      { type: 'creation', actor: 'u', objectType: 'vault', objectId: 'v', detail: { big: 'x'.repeat(20_000) } },
    ];
    for (const event of bad) {
      expect(errorCode(() => fx.db.transaction(() => fx.log.append(event as never))())).toBe('BAD_INPUT');
    }
    expect(fx.log.size()).toBe(0);
  });

  it('never dates an event before the previous one, even when the clock goes back', async () => {
    const times = [new Date('2025-03-01T10:00:00Z'), new Date('2025-02-01T10:00:00Z')];
    fx.log = await fx.openLog(fx.db, () => times.shift() ?? new Date(0));
    fx.record(2);
    expect(fx.log.listEvents().map((e) => e.time)).toEqual(['2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z']);
  });
});

describe('triggers', () => {
  it('refuse to update or delete events and checkpoints', async () => {
    fx.record(2);
    await fx.log.checkpoint();
    expect(() => fx.db.prepare("UPDATE audit_events SET actor = 'x' WHERE seq = 0").run()).toThrow(/append-only/);
    expect(() => fx.db.prepare('DELETE FROM audit_events WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => fx.db.prepare("UPDATE audit_checkpoints SET note = 'x'").run()).toThrow(/append-only/);
    expect(() => fx.db.prepare('DELETE FROM audit_checkpoints').run()).toThrow(/append-only/);
    expect((await fx.log.verify()).ok).toBe(true);
  });
});

describe('checkpoint', () => {
  it('does nothing for an empty log', async () => {
    expect(await fx.log.checkpoint()).toBeUndefined();
    await expect(readFile(fx.checkpointFile)).rejects.toThrow(/ENOENT/);
  });

  it('signs the tree head as a C2SP checkpoint, in the database and in the file', async () => {
    fx.record(5);
    const signed = await fx.log.checkpoint();
    const root = new MerkleTree(storedLeafHashes()).root();
    expect(signed?.treeSize).toBe(5);
    expect(signed?.rootHash).toBe(root.toString('base64'));
    expect(signed?.note).toMatch(new RegExp(`^${fx.origin}\\n5\\n${root.toString('base64').replace(/[+/]/g, '\\$&')}\\n\\n\u2014 ${fx.origin} [A-Za-z0-9+/]{91}=\\n$`));
    expect(await readFile(fx.checkpointFile, 'utf8')).toBe(signed?.note);
    // A recipient holding only the verifier key string can check it.
    const head = await openCheckpoint(signed?.note ?? '', [parseVerifierKey(fx.log.verifierKey())], fx.origin);
    expect(head.rootHash).toEqual(root);
    expect(fx.log.latestCheckpoint()).toEqual(signed);
  });

  it('adds no checkpoint when nothing is new, and repairs a checkpoint file a crash left behind', async () => {
    fx.record(2);
    const first = await fx.log.checkpoint();
    fx.record(1);
    await fx.log.checkpoint();
    const old = await readFile(fx.checkpointFile, 'utf8');
    await writeFile(fx.checkpointFile, first?.note ?? '');
    const again = await fx.log.checkpoint();
    expect(again?.treeSize).toBe(3);
    expect(fx.db.prepare('SELECT count(*) AS n FROM audit_checkpoints').get()).toEqual({ n: 2 });
    expect(await readFile(fx.checkpointFile, 'utf8')).toBe(old);
  });

  it('refuses to run inside a transaction, where it could sign events that roll back', async () => {
    fx.record(1);
    let attempt: Promise<unknown> = Promise.resolve();
    fx.db.transaction(() => {
      fx.log.append({ type: 'deletion', actor: 'u', objectType: 'testimony', objectId: 't' });
      attempt = fx.log.checkpoint();
    })();
    await expect(attempt).rejects.toThrow(/after the transaction has committed/);
    await expect(readFile(fx.checkpointFile)).rejects.toThrow(/ENOENT/);
  });

  it('serialises concurrent calls', async () => {
    fx.record(3);
    const [a, b] = await Promise.all([fx.log.checkpoint(), fx.log.checkpoint()]);
    expect(a?.note).toBe(b?.note);
    expect(fx.db.prepare('SELECT count(*) AS n FROM audit_checkpoints').get()).toEqual({ n: 1 });
  });
});

describe('verify and proofs', () => {
  it('accepts an untouched log, including events after the last checkpoint', async () => {
    fx.record(4);
    const signed = await fx.log.checkpoint();
    fx.record(3);
    const result = await fx.log.verify({ trustedCheckpoint: signed?.note });
    expect(result).toEqual({ ok: true, treeSize: 7, rootHash: new MerkleTree(storedLeafHashes()).root().toString('base64'), problems: [] });
  });

  it('gives inclusion and consistency proofs that verify against signed checkpoints', async () => {
    fx.record(3);
    const old = await fx.log.checkpoint();
    fx.record(6);
    const current = await fx.log.checkpoint();
    const b64 = (s: string): Buffer => Buffer.from(s, 'base64');
    for (const proof of fx.log.inclusionProofs([0, 4, 8], 9)) {
      expect(proof.rootHash).toBe(current?.rootHash);
      expect(verifyInclusion(proof.seq, proof.treeSize, b64(proof.leafHash), proof.proof.map(b64), b64(current?.rootHash ?? ''))).toBe(true);
    }
    const single = fx.log.inclusionProof(2, 3);
    expect(verifyInclusion(2, 3, b64(single.leafHash), single.proof.map(b64), b64(old?.rootHash ?? ''))).toBe(true);
    const consistency = fx.log.consistencyProof(3, 9);
    expect(consistency.oldRootHash).toBe(old?.rootHash);
    expect(verifyConsistency(3, 9, b64(old?.rootHash ?? ''), b64(current?.rootHash ?? ''), consistency.proof.map(b64))).toBe(true);
    expect(errorCode(() => fx.log.inclusionProof(9, 9))).toBe('BAD_INPUT');
    expect(errorCode(() => fx.log.inclusionProof(0, 10))).toBe('BAD_INPUT');
    expect(errorCode(() => fx.log.consistencyProof(5, 4))).toBe('BAD_INPUT');
  });

  it('lists events page by page', () => {
    fx.record(5);
    expect(fx.log.listEvents({ limit: 2 }).map((e) => e.seq)).toEqual([0, 1]);
    expect(fx.log.listEvents({ afterSeq: 1, limit: 2 }).map((e) => e.seq)).toEqual([2, 3]);
    expect(fx.log.listEvents({ afterSeq: 4 })).toEqual([]);
    expect(errorCode(() => fx.log.listEvents({ limit: 0 }))).toBe('BAD_INPUT');
  });
});
