import { failure, success, type Envelope } from '../../../shared/contract/envelope';
import { droppedFilesInputSchema, type DroppedFilesOutput } from '../../../shared/contract/dropped-files';
import { VaultError } from '../../../shared/errors';
import { getTestimony } from '../db/queries/testimonies';
import type { Host } from '../host';
import { importFiles } from './handlers';
import { describeInputError } from './input-errors';
import type { VaultState } from './vault-state';

/**
 * Files dropped on the window (DROP_IMPORT_CHANNEL): the preload turned the dropped File
 * objects into paths with Electron's webUtils, so the page never names a path. Parsed like an
 * operation's input, then the same import as media.import (progress events, one result per file).
 */
export async function importDroppedFiles(deps: { state: VaultState; host: Host }, input: unknown): Promise<Envelope<DroppedFilesOutput>> {
  const parsed = droppedFilesInputSchema.safeParse(input ?? {});
  if (!parsed.success) return failure(describeInputError('importDropped', parsed.error));
  try {
    const { testimonyId, paths } = parsed.data;
    const session = deps.state.current();
    if (!getTestimony(session.db, testimonyId)) throw new VaultError('NOT_FOUND', 'This testimony does not exist.');
    return success({ results: await importFiles(deps, testimonyId, paths) });
  } catch (error) {
    return failure(error);
  }
}
