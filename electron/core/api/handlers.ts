import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import type { ImportResult, Settings } from '../../../shared/contract/operations';
import type { Host } from '../host';
import type { AppSettings } from '../settings/app-settings';
import { passphraseBytes } from '../crypto/passphrase';
import { createVault, unlockWithPassphrase, unlockWithRecoveryKey } from '../vault/open-vault';
import { createTestimony, testimonies } from '../records/testimonies';
import { getTestimony } from '../db/queries/testimonies';
import { listMedia, toMediaItem } from '../db/queries/media';
import { startIngest } from '../media/ingest';
import { exportOriginal } from '../media/export-original';
import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import { createRecordHandlers } from './record-handlers';
import { createMediaHandlers } from './media-handlers';
import { createCustodyHandlers } from './custody-handlers';
import { createCustodyExportHandlers } from './custody-export-handlers';
import { createPublishHandlers } from './publish-handlers';
import { createUsersHandlers } from './users-handlers';
import { createLifecycleHandlers } from './lifecycle-handlers';
import { createAudioRedactionHandlers } from './audio-redaction-handlers';


interface Deps {
  state: VaultState;
  host: Host;
  settings: () => Promise<AppSettings>;
  onSettingsChanged?: ((settings: Settings) => void) | undefined;
}

/** A name from outside, made safe to pre-fill a save dialog with (never used as a path as is). */
function suggestedFileName(originalName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = path.basename(originalName.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_');
  return base && base !== '.' && base !== '..' ? base : 'original';
}

/** The import behind media.import and the drop-import channel: one file at a time, each with its progress events and result. */
export async function importFiles(deps: Pick<Deps, 'state' | 'host'>, testimonyId: string, paths: readonly string[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  // One file at a time: ingest already keeps both CPUs of a small laptop busy.
  for (const sourcePath of paths) {
    const fileName = path.basename(sourcePath);
    let jobId = '';
    let bytesTotal = 0;
    try {
      const session = deps.state.current();
      const job = await startIngest(session, testimonyId, sourcePath, (p) =>
        deps.host.emit('media.importProgress', { jobId: job.jobId, testimonyId, fileName, phase: 'progress', bytesDone: p.bytesDone, bytesTotal: p.bytesTotal }),
      );
      jobId = job.jobId;
      bytesTotal = job.bytesTotal;
      deps.state.trackJob(job);
      deps.host.emit('media.importProgress', { jobId, testimonyId, fileName, phase: 'started', bytesDone: 0, bytesTotal });
      const record = await job.done;
      deps.host.emit('media.importProgress', { jobId, testimonyId, fileName, phase: 'done', bytesDone: record.size, bytesTotal: record.size });
      results.push({ ok: true, fileName, media: toMediaItem(record) });
    } catch (error) {
      const e = error instanceof VaultError ? error : new VaultError('INTERNAL', 'The import failed because of an internal error.');
      const phase = e.code === 'CANCELLED' ? 'cancelled' : 'failed';
      deps.host.emit('media.importProgress', { jobId: jobId || `failed:${fileName}`, testimonyId, fileName, phase, bytesDone: 0, bytesTotal, code: e.code, message: e.message });
      results.push({ ok: false, fileName, code: e.code, message: e.message });
      if (e.code === 'VAULT_LOCKED') break;
    }
  }
  return results;
}

export function createHandlers(deps: Deps): Handlers {
  const { state, host } = deps;
  return {
    ...createRecordHandlers(state, host),
    ...createMediaHandlers(state, host),
    ...createCustodyHandlers(state, host),
    ...createCustodyExportHandlers(state, host),
    ...createPublishHandlers(state, host),
    ...createUsersHandlers(state, host),
    ...createLifecycleHandlers(state, host),
    ...createAudioRedactionHandlers(state),
    'vault.status': () => state.status(),

    'vault.create': (input) =>
      state.exclusive(async () => {
        if (state.isUnlocked()) throw new VaultError('VAULT_EXISTS', 'A vault is already open.');
        const created = await createVault(state.dir, passphraseBytes(input.passphrase));
        state.open(created.session);
        return { vaultId: created.vaultId, recoveryKey: created.recoveryKey };
      }),

    'vault.unlock': (input) =>
      state.exclusive(async () => {
        if (state.isUnlocked()) return { ok: true as const };
        const session =
          input.method === 'passphrase'
            ? await unlockWithPassphrase(state.dir, passphraseBytes(input.passphrase))
            : await unlockWithRecoveryKey(state.dir, input.recoveryKey);
        state.open(session);
        return { ok: true as const };
      }),

    'vault.lock': async () => {
      await state.lock('user');
      return { ok: true as const };
    },

    'vault.changePassphrase': (input) =>
      state.exclusive(async () => {
        await state.current().changePassphrase(passphraseBytes(input.current), passphraseBytes(input.next));
        return { ok: true as const };
      }),

    'vault.resetPassphrase': (input) =>
      state.exclusive(async () => {
        await state.current().resetPassphrase(passphraseBytes(input.next));
        return { ok: true as const };
      }),

    'settings.get': async () => (await deps.settings()).value,
    'settings.update': async (input) => {
      const updated = await (await deps.settings()).update(input);
      deps.onSettingsChanged?.(updated);
      return updated;
    },

    'testimonies.list': async () => ({ items: testimonies(state.current()) }),
    'testimonies.create': (input) => createTestimony(state.current(), input),

    'media.list': async (input) => {
      const session = state.current();
      if (!getTestimony(session.db, input.testimonyId)) throw new VaultError('NOT_FOUND', 'This testimony does not exist.');
      return { items: listMedia(session.db, input.testimonyId).map(toMediaItem) };
    },

    'media.import': async (input) => {
      const session = state.current();
      if (!getTestimony(session.db, input.testimonyId)) throw new VaultError('NOT_FOUND', 'This testimony does not exist.');
      const paths = await host.pickImportFiles();
      return { results: await importFiles(deps, input.testimonyId, paths) };
    },

    'media.cancelImport': async (input) => {
      state.cancelJob(input.jobId);
      return { ok: true as const };
    },

    'media.exportOriginal': async (input) => {
      const media = state.mediaAccess();
      const record = media.record(input.mediaId);
      const target = await host.pickSavePath(suggestedFileName(record.originalName));
      if (!target) return { saved: false as const };
      // The save dialog has already asked before replacing an existing file.
      const result = await exportOriginal(state.current(), media, input.mediaId, target, { overwrite: true });
      return { saved: true as const, path: result.path };
    },

    'media.playbackUrl': async (input) => ({ url: state.mediaAccess().playbackUrl(input.mediaId) }),

    'audit.verify': async () => state.current().audit.verify(),
  };
}
