import type { Envelope } from '../../shared/contract/envelope';
import type { Settings } from '../../shared/contract/operations';
import type { Host, MediaResponse } from './host';

export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'shortcut';

export interface VaultApiOptions {
  /** The vault folder (vault.json, vault.db, blobs/). It need not exist before vault.create. */
  vaultDir: string;
  /** Where app settings (auto-lock minutes, UI language) are kept, outside the vault. */
  settingsFile: string;
  host: Host;
  /** Called after the settings changed (main rebuilds its menu in the new language). */
  onSettingsChanged?: (settings: Settings) => void;
}

/** The router (DESIGN.md): operation name -> handler, every input parsed with the contract. */
export interface VaultApi {
  /** Runs one contract operation. Never throws: every failure is an error envelope. */
  dispatch(operation: unknown, input: unknown): Promise<Envelope<unknown>>;
  /**
   * Imports files dropped on the window (`{ testimonyId, paths }`, the paths from Electron's
   * webUtils in the preload): the same import as media.import, with its progress events.
   * Never throws.
   */
  importDroppedFiles(input: unknown): Promise<Envelope<unknown>>;
  /** Answers a vault-media:// request (Range aware) from the encrypted blob. */
  serveMedia(url: string, rangeHeader: string | null, method?: string): Promise<MediaResponse>;
  /** Drops keys and closes the database; emits `vault.locked`. A no-op when not unlocked. */
  lock(reason: LockReason): Promise<void>;
  /** Current settings (read by main for the auto-lock timer). */
  settings(): Settings;
  isUnlocked(): boolean;
  /** Locks and releases everything (app quit, test teardown). */
  close(): Promise<void>;
}

export { createVaultApi } from './api/create-vault-api';
