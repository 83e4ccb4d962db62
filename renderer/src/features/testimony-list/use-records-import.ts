import { useCallback, useRef, useState } from 'react';
import type { ImportProblem } from '../../../../shared/contract/record-operations';
import { useVault } from '../../app/vault-client';
import { useMounted } from './use-mounted';

export type ImportState =
  | { name: 'idle' }
  | { name: 'busy' }
  | { name: 'cancelled' }
  | { name: 'imported'; testimonies: number; people: number }
  | { name: 'refused'; problems: readonly ImportProblem[] }
  | { name: 'failed'; error: unknown };

export interface RecordsImport {
  state: ImportState;
  start: () => void;
  dismiss: () => void;
}

/**
 * "Import records…": main asks for the file with its own dialog (the renderer never names a
 * path) and the core checks every row before it writes anything, so the answer is all or
 * nothing. `onImported` reloads the list.
 */
export function useRecordsImport(onImported: () => void): RecordsImport {
  const vault = useVault();
  const [state, setState] = useState<ImportState>({ name: 'idle' });
  const mounted = useMounted();

  const busy = useRef(false);
  const start = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setState({ name: 'busy' });
    void vault
      .call('records.import', {})
      .then(
        (answer) => {
          // The list was unmounted meanwhile (a lock): the answer is for nobody.
          if (!mounted.current) return;
          if (answer.status === 'cancelled') setState({ name: 'cancelled' });
          else if (answer.status === 'refused') setState({ name: 'refused', problems: answer.problems });
          else {
            setState({ name: 'imported', testimonies: answer.testimonies, people: answer.people });
            onImported();
          }
        },
        (error: unknown) => {
          if (mounted.current) setState({ name: 'failed', error });
        },
      )
      .finally(() => {
        busy.current = false;
      });
  }, [vault, onImported, mounted]);

  const dismiss = useCallback(() => setState({ name: 'idle' }), []);
  return { state, start, dismiss };
}
