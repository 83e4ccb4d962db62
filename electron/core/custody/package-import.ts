import { promises as fs } from 'node:fs';
import path from 'node:path';
import { encodeIdentity, encodeRecipient, generateIdentity } from '../crypto/age/identity';
import { syncDirectory } from '../fs/atomic-write';
import { blobAbsolutePath } from '../media/blob-paths';
import type { VaultSession } from '../vault/session';
import type { ImportedBlob } from './package-import-blob';
import { premisAgents, type PackageOrigin } from './package-import-provenance';
import { checkPlans, readPlans, type TestimonyPlan } from './package-import-records';
import { writePerson, writeTestimony, type TestimonyWrite } from './package-import-write';
import { originalOf } from './package-verify-audit';
import { parseBagInfo } from './bag-files';
import { runVerifyWorker, type VerifyRequest } from './package-verify';
import type { ImportMaterial } from './package-verify-protocol';
import type { VerifyReport } from './package-verify-types';

/**
 * Importing a received custody package as new testimonies (issue 5). The package is verified
 * in full first (every check of `testimony-vault verify`); in the same pass each original is
 * encrypted into this vault to a fresh identity for its testimony, so plaintext never touches
 * the disk. Only when every check passed, every record fits this vault (codes free, people and
 * terms known or new) and every original matches both the manifest and the sender's ingest
 * hashes are the blobs moved into place and everything recorded in ONE transaction. Anything
 * else removes the blobs again: nothing is half-imported, and nothing is written outside the
 * vault (names from the package are never used as paths).
 */
export type ImportOutcome =
  | { status: 'imported'; bagId: string; testimonies: { id: string; code: string; originals: number; transcripts: number }[]; people: number; report: VerifyReport }
  | { status: 'refused'; report: VerifyReport; problems: string[] };

async function removeBlobs(vaultDir: string, blobs: readonly ImportedBlob[]): Promise<void> {
  await Promise.all(blobs.flatMap((b) => [fs.rm(b.partialPath, { force: true }), fs.rm(blobAbsolutePath(vaultDir, b.relative), { force: true })]));
}

/** One line of bag-info, safe to show and to store (no control characters). */
function field(info: Map<string, string[]>, label: string): string {
  // eslint-disable-next-line no-control-regex
  return (info.get(label)?.[0] ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 300);
}

function originFrom(material: ImportMaterial, held: Map<string, Uint8Array>, now: string): PackageOrigin {
  const info = parseBagInfo(Buffer.from(held.get('bag-info.txt') ?? new Uint8Array()).toString('utf8'));
  let log: PackageOrigin['log'] = null;
  try {
    const doc = JSON.parse(Buffer.from(held.get('data/audit/events.json') ?? new Uint8Array()).toString('utf8')) as { origin?: unknown; treeSize?: unknown };
    if (typeof doc.origin === 'string' && typeof doc.treeSize === 'number') log = { origin: doc.origin.slice(0, 200), treeSize: doc.treeSize };
  } catch {
    log = null;
  }
  return {
    bagId: field(info, 'External-Identifier'),
    organization: field(info, 'Source-Organization'),
    contact: field(info, 'Contact-Name'),
    baggingDate: field(info, 'Bagging-Date'),
    receivedOn: now.slice(0, 10),
    log: material.events.length > 0 ? log : null,
    agents: premisAgents(held),
  };
}

/** Pairs each encrypted original with its testimony and the sender's record of it; names any mismatch. */
function originalsOf(plans: readonly TestimonyPlan[], material: ImportMaterial, problems: string[]): Map<string, TestimonyWrite['originals']> {
  const facts = new Map(material.files);
  const byCode = new Map<string, TestimonyWrite['originals']>(plans.map((p) => [p.code, []]));
  for (const blob of material.blobs) {
    const original = originalOf(blob.bagPath);
    const plan = original && plans.find((p) => p.code === original.code);
    const sender = original && plan?.media.get(original.mediaId);
    const file = facts.get(blob.bagPath);
    if (!original || !plan || !sender || !file) {
      problems.push(`${blob.bagPath}: not among the originals of its testimony's record`);
      continue;
    }
    // Verification compared these already; they are compared again here, where they are used.
    if (file.size !== blob.size || file.size !== sender.size || file.sha256 !== sender.sha256 || file.sha512 !== sender.sha512) {
      problems.push(`${blob.bagPath}: its size or hashes differ from those its record gives`);
      continue;
    }
    byCode.get(plan.code)!.push({ senderMediaId: original.mediaId, blob, sha512: file.sha512 });
  }
  return byCode;
}

async function moveIntoPlace(vaultDir: string, blobs: readonly ImportedBlob[]): Promise<void> {
  const folders = new Set<string>();
  for (const blob of blobs) {
    const target = blobAbsolutePath(vaultDir, blob.relative);
    await fs.rename(blob.partialPath, target);
    folders.add(path.dirname(target));
  }
  for (const folder of folders) await syncDirectory(folder);
}

export async function importPackage(session: VaultSession, request: VerifyRequest): Promise<ImportOutcome> {
  return session.runTask(async (signal) => {
    const { report, material } = await runVerifyWorker({ ...request, signal }, { vaultDir: session.dir });
    if (!report.ok || !material) return { status: 'refused', report, problems: ['The package did not pass verification; nothing was imported.'] };
    let committed = false;
    try {
      const held = new Map(material.held);
      const { plans, problems } = readPlans(held, report.bag.testimonies);
      const checked = checkPlans(session.db, plans);
      problems.push(...checked.problems);
      const originals = originalsOf(plans, material, problems);
      if (plans.length === 0 && problems.length === 0) problems.push('The package holds no testimony.');
      if (problems.length > 0) return { status: 'refused', report, problems };

      const keys = new Map(material.identities.map((k) => [k.code, k]));
      for (const plan of plans) if (!keys.has(plan.code)) keys.set(plan.code, { code: plan.code, ...(await generateIdentity()) });
      session.assertOpen();
      await moveIntoPlace(session.dir, material.blobs);
      const now = session.now();
      const origin = originFrom(material, held, now);
      const written = await session.commit((record) => {
        const ctx = { db: session.db, now, userId: session.user.id, origin, events: material.events, record };
        for (const person of checked.newPeople) writePerson(ctx, person);
        return plans.map((plan) => {
          const key = keys.get(plan.code)!;
          const result = writeTestimony(ctx, { plan, identity: encodeIdentity(key.secretKey), recipient: encodeRecipient(key.publicKey), originals: originals.get(plan.code) ?? [] });
          return { id: result.id, code: plan.record.code.normalize('NFC'), originals: result.media.length, transcripts: plan.transcripts.length };
        });
      });
      committed = true;
      for (const key of keys.values()) key.secretKey.fill(0);
      return { status: 'imported', bagId: origin.bagId, testimonies: written, people: checked.newPeople.length, report };
    } finally {
      // Until the rows commit, the blobs are referenced by nothing: they go.
      if (!committed) await removeBlobs(session.dir, material.blobs);
    }
  });
}

