import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordView } from '../../../../shared/contract/record-operations';
import type { MediaItem } from '../../../../shared/domain/media';
import type { CustomTerm } from '../../../../shared/domain/vocabularies';
import { useVault } from '../../app/vault-client';

export interface RecordData {
  view: RecordView;
  custom: readonly CustomTerm[];
  media: readonly MediaItem[];
}

export interface LoadedRecord {
  data: RecordData | null;
  error: unknown;
  /** Loads everything again; resolves once the page state holds the answer (never rejects). */
  reload: () => Promise<void>;
}

/**
 * The record, the organisation's terms and the files of one testimony. An answer that
 * arrives after a newer request, or after the page is gone (lock, back to the list), is
 * dropped rather than shown.
 */
export function useRecordData(testimonyId: string, mediaVersion: number): LoadedRecord {
  const vault = useVault();
  const [data, setData] = useState<RecordData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const mounted = useRef(true);

  const fetchAll = useCallback(async (): Promise<RecordData> => {
    const [view, terms, media] = await Promise.all([
      vault.call('records.get', { testimonyId }),
      vault.call('vocabularies.list', {}),
      vault.call('media.list', { testimonyId }),
    ]);
    return { view, custom: terms.custom, media: media.items };
  }, [vault, testimonyId]);

  /** Shows the answer of request `request` unless a newer one was made or the page is gone. */
  const settle = useCallback((request: number, answer: Promise<RecordData>) => {
    const fresh = () => mounted.current && request === latest.current;
    return answer.then(
      (loaded) => {
        if (!fresh()) return;
        setData(loaded);
        setError(null);
      },
      (caught: unknown) => {
        if (fresh()) setError(caught);
      },
    );
  }, []);

  const reload = useCallback(() => {
    latest.current += 1;
    return settle(latest.current, fetchAll());
  }, [settle, fetchAll]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A finished import changes the files and the checklist's "original" item.
  useEffect(() => {
    latest.current += 1;
    void settle(latest.current, fetchAll());
  }, [settle, fetchAll, mediaVersion]);

  return { data, error, reload };
}
