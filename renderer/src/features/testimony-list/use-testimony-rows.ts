import { useEffect, useState, useSyncExternalStore } from 'react';
import { useVault } from '../../app/vault-client';
import { ROWS_MARK, ROWS_RESULT_MARK } from './list-marks';
import { RowStore } from './row-store';

export interface TestimonyRows {
  store: RowStore;
  /** Changes whenever rows arrive (or a fetch fails): what re-renders the grid. */
  version: number;
}

/**
 * The list's row store for this unlocked session (see row-store.ts), at `generation`: a new
 * generation makes every kept row stale, to be asked again when it is in view. Cleared on
 * unmount (a lock unmounts the whole vault home).
 */
export function useTestimonyRows(generation: number): TestimonyRows {
  const vault = useVault();
  const [store] = useState(
    () =>
      new RowStore(async (ids) => {
        performance.mark(ROWS_MARK);
        const { items } = await vault.call('testimonies.rows', { ids: [...ids] });
        performance.mark(ROWS_RESULT_MARK);
        return items;
      }),
  );
  // During render, not in an effect: the grid (a child) asks its rows in its own effects,
  // which run before this component's, and they must ask for this generation.
  store.setGeneration(generation);
  const version = useSyncExternalStore(store.subscribe, store.getVersion);
  useEffect(() => () => store.clear(), [store]);
  return { store, version };
}
