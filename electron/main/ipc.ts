import type { IpcMain, WebContents } from 'electron';
import { failure, type Envelope } from '../../shared/contract/envelope';
import { INVOKE_CHANNEL_PREFIX, OPERATION_NAMES } from '../../shared/contract/names';
import type { VaultApi } from '../core/api';
import { isTrustedSender } from './sender';

const FORBIDDEN: Envelope<never> = {
  ok: false,
  code: 'FORBIDDEN_SENDER',
  message: 'This request did not come from the Testimony Vault window and was refused.',
};

/**
 * One `handle` per contract operation and nothing else: no `ipcMain.on`, no catch-all
 * channel. The sender is checked before anything; the input goes to core untouched, where
 * the contract schema parses it (core answers envelopes and never throws).
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, api: Pick<VaultApi, 'dispatch'>, getWebContents: () => WebContents | null): void {
  for (const operation of OPERATION_NAMES) {
    ipcMain.handle(INVOKE_CHANNEL_PREFIX + operation, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event, getWebContents())) return FORBIDDEN;
      try {
        return await api.dispatch(operation, input);
      } catch (error) {
        return failure(error);
      }
    });
  }
}
