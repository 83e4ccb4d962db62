import type { BackupSummary, FixityReport } from '../../../shared/contract/custody-operations';
import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import { runFixityAudit } from '../custody/fixity';
import { runBackup } from '../custody/backup';
import { pickAndImportPackage } from '../custody/package-import-request';

type CustodyHandlerNames = 'fixity.run' | 'fixity.cancel' | 'backup.run' | 'backup.cancel' | 'custody.importPackage';

const OK = { ok: true as const };

interface Running<T> {
  abort: AbortController;
  done: Promise<T>;
}

/**
 * Handlers of the fixity audit and backups (issue 5). One of each runs at a time: asking
 * again while one runs answers with the running one (a screen that was closed and reopened
 * gets the same result), and cancel stops it. Locking the vault stops both (VaultSession.runTask).
 */
export function createCustodyHandlers(state: VaultState, host: Host): Pick<Handlers, CustodyHandlerNames> {
  let fixity: Running<FixityReport> | null = null;
  let backup: Running<{ saved: false } | (BackupSummary & { saved: true })> | null = null;

  function track<T>(start: (signal: AbortSignal) => Promise<T>, set: (running: Running<T> | null) => void): Running<T> {
    const abort = new AbortController();
    const running: Running<T> = { abort, done: start(abort.signal) };
    set(running);
    void running.done.finally(() => set(null)).catch(() => undefined);
    return running;
  }

  return {
    'fixity.run': async () => {
      if (fixity) return fixity.done;
      const session = state.current();
      return track(
        (signal) => runFixityAudit(session, { signal, onProgress: (progress) => host.emit('fixity.progress', progress) }),
        (r) => (fixity = r),
      ).done;
    },
    'fixity.cancel': async () => {
      fixity?.abort.abort();
      return OK;
    },
    'backup.run': async () => {
      if (backup) return backup.done;
      const session = state.current();
      return track(
        async (signal) => {
          // The renderer never names a path: main asks the user for the folder.
          const folder = await host.pickFolder();
          if (!folder) return { saved: false as const };
          const summary = await runBackup(session, folder, { signal, onProgress: (progress) => host.emit('backup.progress', progress) });
          return { saved: true as const, ...summary };
        },
        (r) => (backup = r),
      ).done;
    },
    'backup.cancel': async () => {
      backup?.abort.abort();
      return OK;
    },
    // Verified in full before anything is written (core/custody/package-import.ts).
    'custody.importPackage': async (input) => pickAndImportPackage(state.current(), host, input),
  };
}
