import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import { consentDecision } from '../../../shared/domain/consent';
import { SCOPE_FOR_KIND, type PackagePart, type Receipt, type RecipientKind } from '../../../shared/domain/custody';
import { recordsJsonSchema } from '../../../shared/domain/record-file';
import { decodeIdentity, decodeRecipient } from '../crypto/age/identity';
import { listMedia } from '../db/queries/media';
import { getSetting, insertReceipt } from '../db/queries/custody';
import { listTranscripts, getVersion } from '../db/queries/transcripts';
import { getTestimonyKey } from '../db/queries/testimonies';
import { statement } from '../db/statements';
import { syncDirectory } from '../fs/atomic-write';
import { blobAbsolutePath } from '../media/blob-paths';
import { recordView } from '../records/record-view';
import { spawnWorker } from '../workers/spawn';
import type { VaultSession } from '../vault/session';
import { dublinCore, premis, type PremisAgent } from './bag-metadata';
import { formatPublicKey } from './minisign';
import type { PackageEntry, PackageResult, PackageWorkerInput, PackageWorkerMessage } from './package-protocol';
import { auditExport } from './package-audit';

/**
 * A custody package (DESIGN.md "Custody package"): a BagIt bag of the chosen testimonies —
 * bit-exact originals, metadata (record JSON and its schema, Dublin Core, PREMIS), latest
 * transcripts, the audit checkpoint with inclusion proofs for the events covered — tarred and
 * age-encrypted to the recipients. Consent is checked first for every testimony and every
 * recipient; a handover receipt is recorded after.
 */
export type PackageRecipients =
  | { kind: 'keys'; recipients: { name: string; organization: string; kind: RecipientKind; publicKey: string }[] }
  | { kind: 'passphrase'; passphrase: Uint8Array; recipientKind: RecipientKind; name: string; organization: string };

export interface ExportRequest {
  testimonyIds: string[];
  parts: PackagePart[];
  recipients: PackageRecipients;
  /** Absolute path of the package to write (the user's choice); replaced only if it was confirmed. */
  target: string;
  overwrite: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Stops the worker and removes the partial package; the export then fails with CANCELLED. */
  signal?: AbortSignal;
}

export function fingerprint(publicKey: string): string {
  return createHash('sha256').update(publicKey).digest('hex').slice(0, 16).match(/.{4}/g)!.join(' ');
}

/** Refuses, naming testimony and scope, anything the survivors' consent does not cover. */
function checkConsent(session: VaultSession, testimonyIds: readonly string[], kinds: readonly RecipientKind[]): void {
  for (const id of testimonyIds) {
    const { record } = recordView(session, id);
    for (const kind of new Set(kinds)) {
      const scope = SCOPE_FOR_KIND[kind];
      const decision = consentDecision(record.consent, scope);
      if (decision !== 'granted') {
        throw new VaultError(
          'BAD_INPUT',
          `Testimony ${record.code} cannot be handed to a recipient of kind "${kind}": consent to ${scope} is ${decision === 'withdrawn' ? 'withdrawn' : decision === 'refused' ? 'refused' : decision === 'not-asked' ? 'not recorded' : 'not obtained'}.`,
          { code: record.code, field: 'consent', reason: `consent-${decision}`, scope },
        );
      }
    }
  }
}

function extensionOf(contentType: string, originalName: string): string {
  const known: Record<string, string> = {
    'audio/wav': 'wav',
    'audio/mpeg': 'mp3',
    'audio/mp4': 'm4a',
    'audio/ogg': 'ogg',
    'audio/flac': 'flac',
    'audio/webm': 'webm',
    'audio/aac': 'aac',
    'application/pdf': 'pdf',
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/tiff': 'tif',
    'text/plain': 'txt',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  };
  // The original name is recorded in the metadata; on disk, only our own safe name is used.
  return known[contentType] ?? (/\.([a-z0-9]{1,8})$/i.exec(originalName)?.[1]?.toLowerCase() || 'bin');
}

function buildEntries(session: VaultSession, testimonyIds: readonly string[], parts: readonly PackagePart[]) {
  const entries: PackageEntry[] = [];
  const summary: Receipt['testimonies'] = [];
  const objectIds = new Set<string>();
  const agents = new Map<string, PremisAgent>([['testimony-vault', { id: 'testimony-vault', name: 'Testimony Vault (software)', type: 'software' }]]);
  const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  if (parts.includes('metadata')) entries.push({ path: 'data/metadata/testimony-records.schema.json', kind: 'bytes', data: text(`${JSON.stringify(recordsJsonSchema(), null, 2)}\n`) });
  for (const id of testimonyIds) {
    const view = recordView(session, id);
    const code = view.record.code;
    const media = listMedia(session.db, id);
    const transcripts = listTranscripts(session.db, id).filter((t) => t.latestVersion > 0);
    // This testimony's objects: its PREMIS lists their events only; the audit part covers all testimonies'.
    const own = [id, ...media.map((m) => m.id), ...transcripts.map((t) => t.id), ...view.record.sessions.map((s) => s.id), ...view.record.events.map((e) => e.id)];
    for (const objectId of own) objectIds.add(objectId);
    const paths = new Map<string, string>();
    if (parts.includes('originals')) {
      const key = getTestimonyKey(session.db, id);
      if (!key) throw new VaultError('DATABASE_CORRUPT', `Testimony ${code} has no key.`);
      for (const m of media) {
        const bagPath = `data/originals/${code}/${m.id}.${extensionOf(m.contentType, m.originalName)}`;
        paths.set(m.id, bagPath);
        entries.push({ path: bagPath, kind: 'blob', blobPath: blobAbsolutePath(session.dir, m.blobPath), identity: decodeIdentity(key.identity), size: m.size, sha256: m.sha256 });
      }
    }
    if (parts.includes('transcripts')) {
      for (const t of transcripts) {
        const version = getVersion(session.db, t.id, t.latestVersion)!;
        entries.push({
          path: `data/transcripts/${code}/${t.id}-${t.kind}-${t.language}-v${t.latestVersion}.json`,
          kind: 'bytes',
          data: text(`${JSON.stringify({ transcript: t, version: version.info, paragraphs: version.paragraphs }, null, 2)}\n`),
        });
      }
    }
    if (parts.includes('metadata')) {
      const events = statement<string[], { seq: number; time: string; actor: string; type: string; object_type: string; object_id: string; detail: string }>(
        session.db,
        `SELECT seq, time, actor, type, object_type, object_id, detail FROM audit_events WHERE object_id IN (SELECT value FROM json_each(?)) ORDER BY seq`,
      )
        .all(JSON.stringify(own))
        .map((r) => ({ seq: r.seq, time: r.time, actor: r.actor, type: r.type, objectType: r.object_type, objectId: r.object_id, detail: JSON.parse(r.detail) as Record<string, never> }));
      for (const e of events) {
        const name = statement<[string], string>(session.db, 'SELECT display_name FROM users WHERE id = ?').pluck().get(e.actor);
        agents.set(e.actor, { id: e.actor, name: name ?? e.actor, type: 'person' });
      }
      const publisher = getSetting(session.db, 'organization') ?? '';
      const mediaItems = media.map(({ blobPath: _b, ...item }) => item);
      entries.push({ path: `data/metadata/${code}/record.json`, kind: 'bytes', data: text(`${JSON.stringify({ ...view, media: mediaItems }, null, 2)}\n`) });
      entries.push({ path: `data/metadata/${code}/dublin-core.xml`, kind: 'bytes', data: text(dublinCore(view, mediaItems, publisher)) });
      entries.push({ path: `data/metadata/${code}/premis.xml`, kind: 'bytes', data: text(premis(view, mediaItems, events, [...agents.values()], paths)) });
    }
    summary.push({ code, title: view.record.title, originals: parts.includes('originals') ? media.length : 0, transcripts: parts.includes('transcripts') ? transcripts.length : 0 });
  }
  return { entries, summary, objectIds };
}

function runWorker(input: PackageWorkerInput, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<PackageResult> {
  const worker = spawnWorker('package', input);
  return new Promise<PackageResult>((resolve, reject) => {
    const cancel = () => reject(new VaultError('CANCELLED', 'The custody export was cancelled; nothing was handed over.'));
    if (signal?.aborted) cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (m: PackageWorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.bytesDone, m.bytesTotal);
      else if (m.type === 'done') resolve(m);
      else reject(new VaultError(m.code, m.message, m.details));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`package worker exited early (code ${code})`)));
  }).finally(() => void worker.terminate());
}

export async function exportPackage(session: VaultSession, request: ExportRequest): Promise<Receipt> {
  session.assertOpen();
  if (request.testimonyIds.length === 0) throw new VaultError('BAD_INPUT', 'Choose at least one testimony.', { field: 'testimonyIds' });
  if (request.parts.length === 0) throw new VaultError('BAD_INPUT', 'Choose what the package holds: originals, transcripts, metadata.', { field: 'parts' });
  const recipients = request.recipients;
  if (recipients.kind === 'keys' && recipients.recipients.length === 0) throw new VaultError('BAD_INPUT', 'Choose at least one recipient.', { field: 'recipients' });
  const kinds = recipients.kind === 'keys' ? recipients.recipients.map((r) => r.kind) : [recipients.recipientKind];
  checkConsent(session, request.testimonyIds, kinds);
  const organization = getSetting(session.db, 'organization');
  const contact = getSetting(session.db, 'contactName');
  if (!organization || !contact) {
    throw new VaultError('BAD_INPUT', 'Set the organisation name and the contact person for custody packages first.', { field: 'organization' });
  }
  const target = path.resolve(request.target);
  if (!request.overwrite && (await fs.stat(target).catch(() => null))) throw new VaultError('FILE_EXISTS', `${target} already exists.`, { path: target });

  const { entries, summary, objectIds } = buildEntries(session, request.testimonyIds, request.parts);
  const audit = request.parts.includes('metadata') ? await auditExport(session, objectIds) : null;
  if (audit) entries.push(...audit.entries);

  const bagId = randomUUID();
  const signerKey = await formatPublicKey(session.signingPublicKey(), `Testimony Vault ${session.vaultId} signing key`);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  const input: PackageWorkerInput = {
    outputPath: temp,
    recipients:
      recipients.kind === 'keys'
        ? { kind: 'keys', publicKeys: recipients.recipients.map((r) => decodeRecipient(r.publicKey)) }
        : { kind: 'passphrase', passphrase: Uint8Array.from(recipients.passphrase) },
    entries,
    bagInfo: [
      ['Source-Organization', organization],
      ['Contact-Name', contact],
      ['External-Identifier', bagId],
      ['Bagging-Date', new Date().toISOString().slice(0, 10)],
      ['Internal-Sender-Description', `Custody package of ${summary.length} testimonies (${summary.map((t) => t.code).join(', ')}) from Testimony Vault ${session.vaultId}.`],
      ['Bag-Software-Agent', 'Testimony Vault'],
    ],
    root: `custody-${bagId}`,
    signing: { secretKey: session.signingSecretKey(), publicKey: session.signingPublicKey(), publicKeyText: signerKey, trustedComment: `bag ${bagId} signed by vault ${session.vaultId}` },
  };
  if (recipients.kind === 'passphrase') recipients.passphrase.fill(0);
  let result: PackageResult;
  try {
    result = await runWorker(input, request.onProgress, request.signal);
  } catch (error) {
    // A cancelled (terminated) worker cannot remove its own partial file.
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fs.rename(temp, target);
  await syncDirectory(path.dirname(target));

  const receipt: Receipt = {
    id: randomUUID(),
    createdAt: session.now(),
    packageName: path.basename(target),
    packageSha256: result.packageSha256,
    packageBytes: result.packageBytes,
    bagId,
    testimonies: summary,
    parts: request.parts,
    recipients:
      recipients.kind === 'keys'
        ? recipients.recipients.map((r) => ({ name: r.name, organization: r.organization, kind: r.kind, publicKey: r.publicKey, fingerprint: fingerprint(r.publicKey) }))
        : [{ name: recipients.name, organization: recipients.organization, kind: recipients.recipientKind, publicKey: null, fingerprint: 'passphrase' }],
    signerKey,
    signerName: session.user.displayName,
    auditTreeSize: audit?.treeSize ?? 0,
    auditRootHash: audit?.rootHash ?? '',
  };
  await session.commit((record) => {
    insertReceipt(session.db, receipt);
    for (const id of request.testimonyIds) {
      record({ type: 'dissemination', objectType: 'testimony', objectId: id, detail: { action: 'custody package', receiptId: receipt.id, packageSha256: receipt.packageSha256, bagId } });
    }
  });
  return receipt;
}
