import type { IpcMain, WebContents } from 'electron';
import { failure, type Envelope } from '../../shared/contract/envelope';
import { DROP_IMPORT_CHANNEL, INVOKE_CHANNEL_PREFIX, OPERATION_NAMES } from '../../shared/contract/names';
import type { VaultApi } from '../core/api';
import { isTrustedSender } from './sender';

const FORBIDDEN: Envelope<never> = {
  ok: false,
  code: 'FORBIDDEN_SENDER',
  message: 'This request did not come from the Testimony Vault window and was refused.',
};

/**
 * One `handle` per contract operation, plus the drop-import channel, and nothing else: no
 * `ipcMain.on`, no catch-all channel. The sender is checked before anything; the input goes to
 * core untouched, where a schema parses it (core answers envelopes and never throws).
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, api: Pick<VaultApi, 'dispatch' | 'importDroppedFiles'>, getWebContents: () => WebContents | null): void {
  const handle = (channel: string, run: (input: unknown) => Promise<Envelope<unknown>>) =>
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event, getWebContents())) return FORBIDDEN;
      try {
        return await run(input);
      } catch (error) {
        return failure(error);
      }
    });
  for (const operation of OPERATION_NAMES) handle(INVOKE_CHANNEL_PREFIX + operation, (input) => api.dispatch(operation, input));
  // Paths of files the user dropped, as the preload got them from Electron (never from the page).
  handle(DROP_IMPORT_CHANNEL, (input) => api.importDroppedFiles(input));
}
