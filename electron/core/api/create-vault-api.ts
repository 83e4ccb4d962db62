import { VaultError } from '../../../shared/errors';
import { failure, success, type Envelope } from '../../../shared/contract/envelope';
import { isOperationName, type OperationName } from '../../../shared/contract/names';
import { operations, type OperationOutput, type OperationParsedInput, type Settings } from '../../../shared/contract/operations';
import type { LockReason, VaultApi, VaultApiOptions } from '../api';
import { AppSettings, DEFAULT_SETTINGS } from '../settings/app-settings';
import { notFound, rangeResponse } from '../media/range-response';
import { AgeError } from '../crypto/age/errors';
import type { MediaResponse } from '../host';
import { describeInputError } from './input-errors';
import { VaultState } from './vault-state';
import { createHandlers } from './handlers';
import { importDroppedFiles } from './dropped-files';
import { assertRoleAllows } from '../users/role-check';

export type Handlers = {
  [K in OperationName]: (input: OperationParsedInput<K>) => Promise<OperationOutput<K>>;
};

/**
 * The router of DESIGN.md: operation name -> handler. Every input is parsed with the
 * contract schema before a handler sees it; every answer is an envelope. Transport (Electron
 * IPC, the e2e harness) and the sender check are the caller's job.
 */
export function createVaultApi(options: VaultApiOptions): VaultApi {
  let settings: AppSettings | undefined;
  const settingsReady = AppSettings.load(options.settingsFile).then((s) => (settings = s));
  const state = new VaultState(options.vaultDir, options.host);
  const handlers = createHandlers({ state, host: options.host, settings: async () => settingsReady, onSettingsChanged: options.onSettingsChanged });

  const currentRole = () => (state.isUnlocked() ? state.current().user.role : null);

  async function dispatch(operation: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
    if (!isOperationName(operation)) {
      return failure(new VaultError('UNKNOWN_OPERATION', `There is no operation named ${JSON.stringify(String(operation)).slice(0, 80)}.`));
    }
    try {
      // Roles are enforced here, in core, before the input is even parsed (issue 7).
      assertRoleAllows(operation, currentRole());
    } catch (error) {
      return failure(error);
    }
    const parsed = operations[operation].input.safeParse(rawInput ?? {});
    if (!parsed.success) return failure(describeInputError(operation, parsed.error));
    try {
      await settingsReady;
      const handler = handlers[operation] as (input: unknown) => Promise<unknown>;
      return success(await handler(parsed.data));
    } catch (error) {
      if (!(error instanceof VaultError)) reportInternalError(operation, error);
      return failure(error);
    }
  }

  async function serveMedia(url: string, rangeHeader: string | null, method = 'GET'): Promise<MediaResponse> {
    const media = state.mediaAccessOrNull();
    const mediaId = media?.resolveUrl(url);
    if (!media || !mediaId) return notFound();
    try {
      const { record, reader } = await media.reader(mediaId);
      return await rangeResponse(reader, record.contentType, rangeHeader, method);
    } catch (error) {
      if (error instanceof VaultError && error.code === 'NOT_FOUND') return notFound();
      // A damaged blob is a fact about the vault (fixity will list it), not a bug.
      if (!(error instanceof AgeError)) reportInternalError('serveMedia', error);
      // A damaged blob: say so without a body; never send bytes that failed authentication.
      return { status: 500, headers: { 'cache-control': 'no-store' }, body: null };
    }
  }

  return {
    dispatch,
    importDroppedFiles: async (input: unknown) => {
      try {
        // A drop is an import: the same roles as media.import.
        assertRoleAllows('media.import', currentRole());
      } catch (error) {
        return failure(error);
      }
      return importDroppedFiles({ state, host: options.host }, input);
    },
    serveMedia,
    lock: (reason: LockReason) => state.lock(reason),
    settings: (): Settings => settings?.value ?? DEFAULT_SETTINGS,
    isUnlocked: () => state.isUnlocked(),
    close: () => state.lock('user', { silent: true }),
  };
}

/**
 * A bug, not a user error. Only the error's kind and where it happened are written: the
 * message of an arbitrary error may quote testimony data, and logs must never hold any.
 */
function reportInternalError(where: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 6).join('\n') : '';
  process.stderr.write(`testimony-vault: internal error in ${where}: ${kind}\n${frames}\n`);
}
