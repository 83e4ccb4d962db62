import { parentPort, workerData } from 'node:worker_threads';
import { VaultError } from '../../../shared/errors';
import { generateIdentity, type IdentityKeyPair } from '../crypto/age/identity';
import { BlobSink } from './package-import-blob';
import { originalOf } from './package-verify-audit';
import { runVerification } from './package-verify-run';
import type { VerifyWorkerInput, VerifyWorkerMessage } from './package-verify-protocol';

/**
 * Verifies a custody package off the main thread (decryption, SHA-256 and SHA-512 of every
 * file, then the checks). For an import, each original is also encrypted into the vault in
 * the same pass, to a fresh identity per testimony; if anything fails, every blob written is
 * removed before the worker reports.
 */
const PROGRESS_EVERY_MS = 200;

function post(message: VerifyWorkerMessage): void {
  parentPort?.postMessage(message);
}

async function main(input: VerifyWorkerInput): Promise<void> {
  const sinks: BlobSink[] = [];
  const identities = new Map<string, IdentityKeyPair>();
  let last = 0;
  try {
    const target = input.importInto;
    const outcome = await runVerification({
      file: input.file,
      kind: input.kind,
      secret: input.secret,
      pinnedKey: input.pinnedKey,
      limits: input.limits,
      // An import also reads the transcripts (small JSON files) to bring them along.
      alsoHold: (path) => target !== null && /^data\/transcripts\/[^/]+\/[^/]+\.json$/.test(path),
      onProgress: (done, total) => {
        if (Date.now() - last < PROGRESS_EVERY_MS && done < total) return;
        last = Date.now();
        post({ type: 'progress', done, total });
      },
      ...(target
        ? {
            sinkFor: async (path: string) => {
              const original = originalOf(path);
              if (!original) return null;
              let identity = identities.get(original.code);
              if (!identity) identities.set(original.code, (identity = await generateIdentity()));
              const sink = await BlobSink.create(target.vaultDir, path, identity.publicKey);
              sinks.push(sink);
              return sink;
            },
          }
        : {}),
    });
    if (input.secret?.kind === 'passphrase') input.secret.passphrase.fill(0);
    if (input.secret?.kind === 'identities') for (const key of input.secret.secretKeys) key.fill(0);
    if (!target || !outcome.report.ok) {
      await Promise.all(sinks.map((s) => s.discard()));
      post({ type: 'done', report: outcome.report, material: null });
      return;
    }
    post({
      type: 'done',
      report: outcome.report,
      material: {
        files: [...outcome.bag.files],
        held: [...outcome.bag.held].map(([path, bytes]) => [path, new Uint8Array(bytes)]),
        events: outcome.events,
        blobs: sinks.map((s) => s.result()),
        identities: [...identities].map(([code, pair]) => ({ code, secretKey: pair.secretKey, publicKey: pair.publicKey })),
      },
    });
  } catch (error) {
    await Promise.all(sinks.map((s) => s.discard()));
    throw error;
  }
}

const input = workerData as VerifyWorkerInput;
main(input).catch((error: unknown) => {
  if (error instanceof VaultError) post({ type: 'error', code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) });
  else post({ type: 'error', code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
});
