import { VaultError } from '../../../shared/errors';
import { statement } from '../db/statements';
import type { VaultSession } from '../vault/session';
import type { PackageEntry } from './package-protocol';

/**
 * The audit part of a custody package: the vault's latest signed checkpoint (a C2SP signed
 * note), the key to check it, and for every event about the testimonies handed over, the
 * event itself (its canonical leaf) with an inclusion proof against that checkpoint. A
 * recipient can then show, without this app, that these events are in the vault's log as it
 * stood, and that the log was signed.
 */
export async function auditExport(session: VaultSession, objectIds: ReadonlySet<string>): Promise<{ entries: PackageEntry[]; treeSize: number; rootHash: string }> {
  const checkpoint = await session.audit.checkpoint();
  if (!checkpoint) throw new VaultError('AUDIT_INVALID', 'The audit log has no checkpoint to hand over.');
  const rows = statement<[string, number], { seq: number; leaf: Buffer }>(
    session.db,
    'SELECT seq, leaf FROM audit_events WHERE object_id IN (SELECT value FROM json_each(?)) AND seq < ? ORDER BY seq',
  ).all(JSON.stringify([...objectIds]), checkpoint.treeSize);
  const proofs = session.audit.inclusionProofs(
    rows.map((r) => r.seq),
    checkpoint.treeSize,
  );
  const events = rows.map((r, i) => ({ seq: r.seq, leaf: r.leaf.toString('base64'), leafHash: proofs[i]!.leafHash, proof: proofs[i]!.proof }));
  const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  const document = {
    about:
      'Events of the vault audit log about the testimonies in this package. Each leaf is the canonical JSON of an event; its hash is SHA-256(0x00 || leaf); each proof is an RFC 9162 inclusion proof against the checkpoint in checkpoint.txt, a C2SP signed note checked with verifier-key.txt.',
    origin: `testimony-vault/${session.vaultId}`,
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    events,
  };
  return {
    entries: [
      { path: 'data/audit/checkpoint.txt', kind: 'bytes', data: text(checkpoint.note) },
      { path: 'data/audit/verifier-key.txt', kind: 'bytes', data: text(`${session.audit.verifierKey()}\n`) },
      { path: 'data/audit/events.json', kind: 'bytes', data: text(`${JSON.stringify(document, null, 2)}\n`) },
    ],
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
  };
}
