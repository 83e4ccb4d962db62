import type { AuditDetail, AuditEvent } from '../../../shared/domain/audit';
import { canonicalJson, canonicalJsonBytes } from './canonical-json';
import { hashLeaf } from './merkle';

/** Version of the leaf encoding; a new encoding gets a new number, old leaves keep theirs. */
export const LEAF_VERSION = 1;

/** One row of `audit_events`, as SQLite returns it. */
export interface AuditEventRow {
  seq: number;
  time: string;
  actor: string;
  type: string;
  object_type: string;
  object_id: string;
  detail: string;
  leaf: Buffer;
  leaf_hash: Buffer;
}

/**
 * The Merkle leaf of an event: canonical JSON (RFC 8785) of
 * {v, seq, time, actor, type, object: {type, id}, detail}, UTF-8. Every column the log
 * shows is in it, so changing any column without recomputing the leaf is visible, and
 * recomputing it changes the tree root that checkpoints signed.
 */
export function encodeLeaf(event: AuditEvent): Buffer {
  return canonicalJsonBytes({
    v: LEAF_VERSION,
    seq: event.seq,
    time: event.time,
    actor: event.actor,
    type: event.type,
    object: { type: event.objectType, id: event.objectId },
    detail: event.detail,
  });
}

export function eventFromRow(row: AuditEventRow): AuditEvent {
  return {
    seq: row.seq,
    time: row.time,
    actor: row.actor,
    type: row.type,
    objectType: row.object_type,
    objectId: row.object_id,
    detail: JSON.parse(row.detail) as AuditDetail,
  };
}

export type RowCheck =
  | { ok: true }
  | { ok: false; kind: 'modified'; why: string }
  | { ok: false; kind: 'moved'; recordedSeq: number };

interface DecodedLeaf {
  seq?: unknown;
  time?: unknown;
  actor?: unknown;
  type?: unknown;
  object?: { type?: unknown; id?: unknown };
  detail?: unknown;
}

function decodeLeaf(leaf: Buffer): DecodedLeaf | undefined {
  try {
    const value: unknown = JSON.parse(leaf.toString('utf8'));
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Which of the row's columns disagree with what the stored leaf recorded. */
function differingColumns(row: AuditEventRow, leaf: DecodedLeaf): string[] {
  const columns: Array<[string, unknown, unknown]> = [
    ['time', row.time, leaf.time],
    ['actor', row.actor, leaf.actor],
    ['type', row.type, leaf.type],
    ['object_type', row.object_type, leaf.object?.type],
    ['object_id', row.object_id, leaf.object?.id],
  ];
  const differ = columns.filter(([, column, recorded]) => column !== recorded).map(([name]) => name);
  if (!sameDetail(row.detail, leaf.detail)) differ.push('detail');
  return differ;
}

function sameDetail(column: string, recorded: unknown): boolean {
  try {
    return canonicalJson(JSON.parse(column)) === canonicalJson(recorded);
  } catch {
    return false;
  }
}

/**
 * Checks one row on its own: the columns rebuild the stored leaf byte for byte, and the
 * stored leaf hash is the hash of that leaf. Says which column changed, or that the row
 * holds another position's event, so the custodian knows what to look at.
 */
export function checkRow(row: AuditEventRow): RowCheck {
  let rebuilt: Buffer | undefined;
  let detailCanonical = false;
  try {
    const event = eventFromRow(row);
    rebuilt = encodeLeaf(event);
    detailCanonical = canonicalJson(event.detail) === row.detail;
  } catch {
    rebuilt = undefined;
  }
  const leaf = Buffer.isBuffer(row.leaf) ? row.leaf : Buffer.alloc(0);
  if (rebuilt?.equals(leaf) && !detailCanonical) {
    return { ok: false, kind: 'modified', why: 'column detail was rewritten (same data, spelled differently from what was recorded)' };
  }
  if (!rebuilt?.equals(leaf)) {
    const recorded = decodeLeaf(leaf);
    if (recorded && typeof recorded.seq === 'number' && recorded.seq !== row.seq) return { ok: false, kind: 'moved', recordedSeq: recorded.seq };
    if (!recorded) return { ok: false, kind: 'modified', why: 'its signed record (leaf) is no longer readable' };
    if (!rebuilt) return { ok: false, kind: 'modified', why: 'its detail column is no longer valid JSON' };
    const differ = differingColumns(row, recorded);
    const why = differ.length > 0 ? `column ${differ.join(', ')} differs from the signed record` : 'its signed record (leaf) was rewritten';
    return { ok: false, kind: 'modified', why };
  }
  const leafHash = Buffer.isBuffer(row.leaf_hash) ? row.leaf_hash : Buffer.alloc(0);
  if (!hashLeaf(leaf).equals(leafHash)) return { ok: false, kind: 'modified', why: 'its leaf hash does not match its signed record' };
  return { ok: true };
}
