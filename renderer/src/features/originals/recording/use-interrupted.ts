import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { interruptedRecordingSchema } from '../../../../../shared/contract/media-operations';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useVault } from '../../../app/vault-client';

export type InterruptedRecording = z.infer<typeof interruptedRecordingSchema> & {
  /** The testimony's title (looked up; empty if the testimony could not be read). */
  title: string;
};

export type ItemWork = { kind: 'keeping' } | { kind: 'discarding' } | { kind: 'failed'; error: unknown };

export type LastAction = { kind: 'kept'; code: string; media: MediaItem } | { kind: 'discarded'; code: string };

export interface Interrupted {
  items: readonly InterruptedRecording[];
  work: ReadonlyMap<string, ItemWork>;
  loadError: unknown;
  last: LastAction | null;
  keep: (item: InterruptedRecording) => void;
  discard: (item: InterruptedRecording) => void;
}

/**
 * The recordings a crash or a lock left behind, asked for once when the vault opens, with
 * their testimonies' titles. Keeping one turns its journal into an original (markers into
 * segments); discarding deletes it.
 */
export function useInterrupted(onKept: (media: MediaItem) => void): Interrupted {
  const vault = useVault();
  const [items, setItems] = useState<readonly InterruptedRecording[]>([]);
  const [work, setWork] = useState<ReadonlyMap<string, ItemWork>>(new Map());
  const [loadError, setLoadError] = useState<unknown>(null);
  const [last, setLast] = useState<LastAction | null>(null);

  useEffect(() => {
    let current = true;
    (async () => {
      const found = (await vault.call('recording.interrupted', {})).items;
      if (found.length === 0) return [];
      const ids = [...new Set(found.map((item) => item.testimonyId))];
      const rows = await vault.call('testimonies.rows', { ids }).then(
        (answer) => answer.items,
        () => [],
      );
      const titles = new Map(rows.map((row) => [row.id, row.title]));
      return found.map((item) => ({ ...item, title: titles.get(item.testimonyId) ?? '' }));
    })().then(
      (list) => current && setItems(list),
      (error: unknown) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [vault]);

  const setItemWork = useCallback((id: string, state: ItemWork | null) => {
    setWork((map) => {
      const next = new Map(map);
      if (state) next.set(id, state);
      else next.delete(id);
      return next;
    });
  }, []);

  const settle = useCallback(
    (item: InterruptedRecording, action: LastAction) => {
      setItems((list) => list.filter((other) => other.recordingId !== item.recordingId));
      setItemWork(item.recordingId, null);
      setLast(action);
    },
    [setItemWork],
  );

  const keep = useCallback(
    (item: InterruptedRecording) => {
      setItemWork(item.recordingId, { kind: 'keeping' });
      vault.call('recording.finish', { recordingId: item.recordingId }).then(
        ({ media }) => {
          settle(item, { kind: 'kept', code: item.testimonyCode, media });
          onKept(media);
        },
        (error: unknown) => setItemWork(item.recordingId, { kind: 'failed', error }),
      );
    },
    [vault, settle, setItemWork, onKept],
  );

  const discard = useCallback(
    (item: InterruptedRecording) => {
      setItemWork(item.recordingId, { kind: 'discarding' });
      vault.call('recording.discard', { recordingId: item.recordingId }).then(
        () => settle(item, { kind: 'discarded', code: item.testimonyCode }),
        (error: unknown) => setItemWork(item.recordingId, { kind: 'failed', error }),
      );
    },
    [vault, settle, setItemWork],
  );

  return { items, work, loadError, last, keep, discard };
}
