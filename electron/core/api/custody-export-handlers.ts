import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import type { CUSTODY_EXPORT_OPERATION_NAMES } from '../../../shared/contract/names-custody-export';
import type { CustodyExportOutput } from '../../../shared/contract/custody-export-operations';
import { addRecipient, recipients, removeRecipient, updateRecipient, updateVaultDetails, vaultDetails } from '../custody/address-book';
import { runCustodyExport } from '../custody/custody-export';
import { listReceipts } from '../db/queries/custody';

type Names = (typeof CUSTODY_EXPORT_OPERATION_NAMES)[number];

const OK = { ok: true as const };

/** The name the save dialog suggests: the date, never a testimony code (file names leak). */
function suggestedName(now: Date): string {
  return `custody-package-${now.toISOString().slice(0, 10)}.tar.age`;
}

/** Handlers of issue 5: the address book of recipients, vault details for bag-info, custody export and handover receipts. */
export function createCustodyExportHandlers(state: VaultState, host: Host): Pick<Handlers, Names> {
  // One export at a time: asking again while one runs answers with the running one.
  let running: { abort: AbortController; done: Promise<CustodyExportOutput> } | null = null;
  return {
    'custody.recipients.list': async () => ({ items: recipients(state.current()) }),
    'custody.recipients.add': async (input) => addRecipient(state.current(), input),
    'custody.recipients.update': async (input) => updateRecipient(state.current(), input.id, input.recipient),
    'custody.recipients.remove': async (input) => {
      await removeRecipient(state.current(), input.id);
      return OK;
    },
    'custody.details.get': async () => vaultDetails(state.current()),
    'custody.details.update': async (input) => updateVaultDetails(state.current(), input),
    'custody.export': async (input) => {
      if (running) return running.done;
      const session = state.current();
      const abort = new AbortController();
      const done = runCustodyExport(session, input, {
        // The save dialog confirms before replacing a file.
        target: () => host.pickSavePath(suggestedName(new Date())),
        overwrite: true,
        onProgress: (bytesDone, bytesTotal) => host.emit('custody.exportProgress', { bytesDone, bytesTotal }),
        signal: abort.signal,
      });
      running = { abort, done };
      try {
        return await done;
      } finally {
        running = null;
      }
    },
    'custody.cancelExport': async () => {
      running?.abort.abort();
      return OK;
    },
    'custody.receipts.list': async () => ({ items: listReceipts(state.current().db) }),
  };
}
