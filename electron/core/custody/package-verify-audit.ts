import { z } from 'zod';
import { decodeBase64Strict } from './base64';
import { hashLeaf, verifyInclusion } from './merkle';
import { NoteError, openNote, parseCheckpoint, parseVerifierKey, type Checkpoint } from './signed-note';
import { textOf } from './package-verify-bag';
import type { CollectedBag } from './package-verify-collect';
import type { CheckResult } from './package-verify-types';

/**
 * The audit part of a package (package-audit.ts writes it): a checkpoint of the sending vault's
 * audit log (a C2SP signed note), the key that checks it, and the events about the testimonies
 * with RFC 9162 inclusion proofs. Checked here: the checkpoint's signature, that its key is the
 * key that signed the bag, that every event is what its leaf hash says and is in the signed
 * tree, and that the events cover what the bag holds (each original's ingestion, each
 * testimony's creation, every event its PREMIS file lists).
 */
export const AUDIT_FILES = ['data/audit/checkpoint.txt', 'data/audit/verifier-key.txt', 'data/audit/events.json'] as const;

const eventsFileSchema = z.object({
  origin: z.string(),
  treeSize: z.number().int().nonnegative(),
  rootHash: z.string(),
  events: z.array(z.object({ seq: z.number().int().nonnegative(), leaf: z.string(), leafHash: z.string(), proof: z.array(z.string()) })),
});

const leafSchema = z.object({
  seq: z.number(),
  time: z.string(),
  actor: z.string(),
  type: z.string(),
  object: z.object({ type: z.string(), id: z.string() }),
  detail: z.record(z.string(), z.unknown()),
});
export type PackageEvent = z.infer<typeof leafSchema>;

export interface CheckpointOutcome {
  check: CheckResult;
  checkpoint: Checkpoint | null;
}

const result = (check: CheckResult['check'], problems: string[], note?: string): CheckResult => ({ check, ok: problems.length === 0, problems, ...(note ? { note } : {}) });
const NOT_INCLUDED = 'The package carries no audit log (it was exported without its metadata).';

export function hasAudit(bag: CollectedBag): boolean {
  return AUDIT_FILES.some((f) => bag.files.has(f));
}

export async function auditCheckpoint(bag: CollectedBag, signerKey: Uint8Array | null): Promise<CheckpointOutcome> {
  if (!hasAudit(bag)) return { check: result('audit-checkpoint', [], NOT_INCLUDED), checkpoint: null };
  const note = textOf(bag, 'data/audit/checkpoint.txt');
  const key = textOf(bag, 'data/audit/verifier-key.txt');
  const problems: string[] = [];
  if (!note) problems.push('data/audit/checkpoint.txt is missing');
  else if ('problem' in note) problems.push(note.problem);
  if (!key) problems.push('data/audit/verifier-key.txt is missing');
  else if ('problem' in key) problems.push(key.problem);
  if (!note || 'problem' in note || !key || 'problem' in key) return { check: result('audit-checkpoint', problems), checkpoint: null };
  try {
    const verifier = parseVerifierKey(key.text.trim());
    if (signerKey && !Buffer.from(verifier.publicKey).equals(Buffer.from(signerKey))) {
      problems.push('data/audit/verifier-key.txt holds another key than the one that signed the bag: the checkpoint is not vouched for by the bag\'s signer');
    }
    const opened = await openNote(note.text, [verifier]);
    const checkpoint = parseCheckpoint(opened.text, verifier.name);
    return { check: result('audit-checkpoint', problems), checkpoint: problems.length === 0 ? checkpoint : null };
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    const file = error.reason === 'MALFORMED_KEY' ? 'data/audit/verifier-key.txt' : 'data/audit/checkpoint.txt';
    problems.push(`${file}: ${error.message}`);
    return { check: result('audit-checkpoint', problems), checkpoint: null };
  }
}

/** An original's media id from its bag path (data/originals/<code>/<media id>.<ext>). */
export function originalOf(path: string): { code: string; mediaId: string } | null {
  const match = /^data\/originals\/([^/]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9]{1,8}$/.exec(path);
  return match ? { code: match[1]!, mediaId: match[2]! } : null;
}

export interface ProofsOutcome {
  check: CheckResult;
  /** Events whose leaf hashed correctly and whose proof led to the signed root (when there is one). */
  proven: PackageEvent[];
}

function eventProblems(raw: z.infer<typeof eventsFileSchema>['events'][number], treeSize: number, root: Buffer | undefined): { problems: string[]; event: PackageEvent | null } {
  const problems: string[] = [];
  const leaf = decodeBase64Strict(raw.leaf);
  const declared = decodeBase64Strict(raw.leafHash);
  if (!leaf) return { problems: [`event ${raw.seq}: its leaf is not base64`], event: null };
  const computed = hashLeaf(leaf);
  if (!declared || !computed.equals(declared)) problems.push(`event ${raw.seq}: its leaf does not hash to its leafHash (the event was altered)`);
  let event: PackageEvent | null = null;
  try {
    event = leafSchema.parse(JSON.parse(leaf.toString('utf8')));
    if (event.seq !== raw.seq) problems.push(`event ${raw.seq}: its leaf records event ${event.seq}`);
  } catch {
    problems.push(`event ${raw.seq}: its leaf is not an audit event`);
  }
  const proof = raw.proof.map((p) => decodeBase64Strict(p));
  if (proof.some((p) => !p)) problems.push(`event ${raw.seq}: its inclusion proof is not base64`);
  else if (root && !verifyInclusion(raw.seq, treeSize, computed, proof as Buffer[], root)) {
    problems.push(`event ${raw.seq}: its inclusion proof does not lead to the signed root of ${treeSize} events`);
  }
  return { problems, event: problems.length === 0 ? event : null };
}

export function auditProofs(bag: CollectedBag, checkpoint: Checkpoint | null): ProofsOutcome {
  if (!hasAudit(bag)) return { check: result('audit-proofs', [], NOT_INCLUDED), proven: [] };
  const file = textOf(bag, 'data/audit/events.json');
  if (!file) return { check: result('audit-proofs', ['data/audit/events.json is missing']), proven: [] };
  if ('problem' in file) return { check: result('audit-proofs', [file.problem]), proven: [] };
  let parsed;
  try {
    parsed = eventsFileSchema.safeParse(JSON.parse(file.text));
  } catch {
    return { check: result('audit-proofs', ['data/audit/events.json is not valid JSON']), proven: [] };
  }
  if (!parsed.success) return { check: result('audit-proofs', [`data/audit/events.json: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`]), proven: [] };
  const doc = parsed.data;
  const problems: string[] = [];
  if (!checkpoint) problems.push('the events cannot be proven: the checkpoint did not verify (see audit-checkpoint)');
  else {
    if (doc.treeSize !== checkpoint.treeSize) problems.push(`data/audit/events.json says the log had ${doc.treeSize} events, the signed checkpoint says ${checkpoint.treeSize}`);
    if (doc.rootHash !== checkpoint.rootHash.toString('base64')) problems.push('data/audit/events.json gives another root hash than the signed checkpoint');
    if (doc.origin !== checkpoint.origin) problems.push(`data/audit/events.json names the log "${doc.origin}", the checkpoint "${checkpoint.origin}"`);
  }
  const treeSize = checkpoint?.treeSize ?? doc.treeSize;
  const proven: PackageEvent[] = [];
  const seen = new Set<number>();
  for (const raw of doc.events) {
    if (seen.has(raw.seq)) problems.push(`event ${raw.seq} appears twice in data/audit/events.json`);
    seen.add(raw.seq);
    const one = eventProblems(raw, treeSize, checkpoint?.rootHash);
    problems.push(...one.problems);
    if (one.event) proven.push(one.event);
  }
  problems.push(...coverage(bag, doc.events.map((e) => e.seq), proven, treeSize));
  return { check: result('audit-proofs', problems), proven };
}

/** What the events must cover: each original's ingestion, each testimony's creation, each event PREMIS lists. */
function coverage(bag: CollectedBag, listed: readonly number[], proven: readonly PackageEvent[], treeSize: number): string[] {
  const problems: string[] = [];
  const listedSeqs = new Set(listed);
  const has = (type: string, objectId: string) => proven.some((e) => e.type === type && e.object.id === objectId);
  for (const path of bag.files.keys()) {
    const original = originalOf(path);
    if (original && !has('ingestion', original.mediaId)) problems.push(`${path}: no valid ingestion event for it in data/audit/events.json`);
  }
  for (const [path, bytes] of bag.held) {
    const record = /^data\/metadata\/([^/]+)\/record\.json$/.exec(path);
    if (record) {
      const id = testimonyIdOf(bytes);
      if (id && !has('creation', id)) problems.push(`testimony ${record[1]}: no valid creation event for it in data/audit/events.json`);
    }
    const premis = /^data\/metadata\/[^/]+\/premis\.xml$/.test(path) ? bytes.toString('utf8') : null;
    for (const match of premis?.matchAll(/<premis:eventIdentifierValue>audit-(\d+)<\/premis:eventIdentifierValue>/g) ?? []) {
      const seq = Number(match[1]);
      if (seq < treeSize && !listedSeqs.has(seq)) problems.push(`event ${seq} (listed in ${path}) is missing from data/audit/events.json`);
    }
  }
  return problems;
}

function testimonyIdOf(bytes: Buffer): string | null {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as { record?: { id?: unknown } };
    return typeof value.record?.id === 'string' ? value.record.id : null;
  } catch {
    return null;
  }
}
