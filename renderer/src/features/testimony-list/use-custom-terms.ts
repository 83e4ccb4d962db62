import { useCallback } from 'react';
import type { CustomTerm } from '../../../../shared/domain/vocabularies';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';

const NONE: readonly CustomTerm[] = [];

/**
 * The organisation's own vocabulary terms (labels of custom act types and content warnings).
 * Until they arrive, or if they cannot be read, keys are shown as they are stored.
 */
export function useCustomTerms(): readonly CustomTerm[] {
  const vault = useVault();
  const load = useCallback(() => vault.call('vocabularies.list', {}).then((r) => r.custom), [vault]);
  return useLoad(load).data ?? NONE;
}
