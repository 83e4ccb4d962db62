import { auditCheckpoint, auditProofs, type PackageEvent } from './package-verify-audit';
import { bagDeclaration, checksums, completeness, payloadOxumCheck, readBagInfo, readManifest, tagManifests } from './package-verify-bag';
import { collectBag, type CollectedBag, type CollectOptions } from './package-verify-collect';
import { ingestHashes } from './package-verify-originals';
import { signatureCheck } from './package-verify-signature';
import { CHECK_NAMES, type CheckResult, type PackageKind, type PackageSecret, type VerifyReport } from './package-verify-types';

/**
 * Verification of one package, start to end, in the calling thread (the worker calls it; see
 * package-verify.ts): one streaming pass collects hashes and the small files, then every check
 * runs on what was collected and reports on its own.
 */
export interface VerifyRun extends CollectOptions {
  file: string;
  kind: PackageKind;
  secret: PackageSecret | null;
  /** A minisign public key the signer must have (the sender's key, given out of band). */
  pinnedKey: string | null;
}

export interface VerifyOutcome {
  report: VerifyReport;
  bag: CollectedBag;
  /** Audit events of the package that verified (leaf hash and inclusion proof). */
  events: PackageEvent[];
}

export function testimonyCodes(paths: Iterable<string>): string[] {
  const codes = new Set<string>();
  for (const path of paths) {
    const match = /^data\/(?:originals|metadata|transcripts)\/([^/]+)\//.exec(path);
    if (match) codes.add(match[1]!);
  }
  return [...codes].sort();
}

export async function runVerification(run: VerifyRun): Promise<VerifyOutcome> {
  const bag = await collectBag(run.file, run.kind, run.secret, run);
  const checks: CheckResult[] = [];
  if (bag.decryption) checks.push(bag.decryption);
  const emptyBag = { id: null, testimonies: [], payloadOxum: null, signerKeyId: null, trustedComment: null };
  if (bag.fatal) {
    // The archive could not be read to its end: what was collected proves nothing either way.
    if (!bag.decryption || bag.decryption.ok) checks.push({ check: 'archive', ok: false, problems: [...bag.archiveProblems, bag.fatal] });
    const ran = new Set(checks.map((c) => c.check));
    return { report: { ok: false, checks, bag: emptyBag, notRun: CHECK_NAMES.filter((n) => !ran.has(n)) }, bag, events: [] };
  }
  checks.push({ check: 'archive', ok: bag.archiveProblems.length === 0, problems: bag.archiveProblems });
  checks.push(bagDeclaration(bag));
  const info = readBagInfo(bag);
  checks.push(info.check);
  const manifests = { sha256: readManifest(bag, 'manifest-sha256.txt', 'sha256'), sha512: readManifest(bag, 'manifest-sha512.txt', 'sha512') };
  checks.push(completeness(bag, manifests));
  checks.push(checksums(bag, 'sha256', manifests.sha256));
  checks.push(checksums(bag, 'sha512', manifests.sha512));
  const oxum = payloadOxumCheck(bag, info.fields);
  checks.push(oxum.check);
  checks.push(tagManifests(bag));
  const signature = await signatureCheck(bag, run.pinnedKey);
  checks.push(signature.check);
  const checkpoint = await auditCheckpoint(bag, signature.publicKey);
  checks.push(checkpoint.check);
  const proofs = auditProofs(bag, checkpoint.checkpoint);
  checks.push(proofs.check);
  checks.push(ingestHashes(bag, proofs.proven));
  const report: VerifyReport = {
    ok: checks.every((c) => c.ok),
    checks,
    bag: {
      id: info.fields.get('External-Identifier')?.[0] ?? null,
      testimonies: testimonyCodes(bag.files.keys()),
      payloadOxum: oxum.actual,
      signerKeyId: signature.keyId,
      trustedComment: signature.trustedComment,
    },
    notRun: [],
  };
  return { report, bag, events: proofs.proven };
}
