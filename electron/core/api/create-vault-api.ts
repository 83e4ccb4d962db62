import type { VaultApi, VaultApiOptions } from '../api';

export function createVaultApi(_options: VaultApiOptions): VaultApi {
  throw new Error('createVaultApi: not implemented yet');
}
