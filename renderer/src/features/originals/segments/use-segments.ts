import { useCallback, useEffect, useState } from 'react';
import type { Segment } from '../../../../../shared/domain/media';
import { useVault } from '../../../app/vault-client';
import { sortSegments, undoStep, upsertSegment, withoutSegment, type SegmentChange } from './segment-logic';

export interface Segments {
  items: readonly Segment[] | null;
  loadError: unknown;
  /** The last change made here, which Undo reverts; null after an undo. */
  last: SegmentChange | null;
  /** What the last undo did, for the status line. */
  undone: SegmentChange | null;
  /** A failed drag, undo or delete (a form shows its own failures). */
  failure: unknown;
  /** Bumped when what the waveform shows must be drawn again from `items` (a refused drag). */
  redraw: number;
  /** Saves; rejects when refused, so that a form can show why. */
  save: (segment: Segment, change: SegmentChange) => Promise<void>;
  /** A region dragged on the waveform: saved at once; a refusal puts it back. */
  move: (before: Segment, start: number, end: number) => void;
  remove: (segment: Segment) => Promise<void>;
  undo: () => void;
}

/** The segment index of one recording, as the vault holds it. */
export function useSegments(mediaId: string): Segments {
  const vault = useVault();
  const [items, setItems] = useState<readonly Segment[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [last, setLast] = useState<SegmentChange | null>(null);
  const [undone, setUndone] = useState<SegmentChange | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [redraw, setRedraw] = useState(0);

  useEffect(() => {
    let live = true;
    vault.call('segments.list', { mediaId }).then(
      ({ items: loaded }) => live && setItems(sortSegments(loaded)),
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [vault, mediaId]);

  const save = useCallback(
    async (segment: Segment, change: SegmentChange) => {
      setFailure(null);
      const saved = await vault.call('segments.save', { segment });
      setItems((current) => upsertSegment(current ?? [], saved));
      setLast(change);
      setUndone(null);
    },
    [vault],
  );

  const move = useCallback(
    (before: Segment, start: number, end: number) => {
      const after = { ...before, start, end };
      save(after, { kind: 'moved', before, after }).catch((error: unknown) => {
        setFailure(error);
        setRedraw((n) => n + 1);
      });
    },
    [save],
  );

  const remove = useCallback(
    async (segment: Segment) => {
      setFailure(null);
      await vault.call('segments.delete', { segmentId: segment.id });
      setItems((current) => withoutSegment(current ?? [], segment.id));
      setLast({ kind: 'deleted', before: segment });
      setUndone(null);
    },
    [vault],
  );

  const undo = useCallback(() => {
    if (!last) return;
    const step = undoStep(last);
    setFailure(null);
    const done =
      step.op === 'save'
        ? vault.call('segments.save', { segment: step.segment }).then((saved) => setItems((current) => upsertSegment(current ?? [], saved)))
        : vault.call('segments.delete', { segmentId: step.segmentId }).then(() => setItems((current) => withoutSegment(current ?? [], step.segmentId)));
    done.then(
      () => {
        setUndone(last);
        setLast(null);
        setRedraw((n) => n + 1);
      },
      (error: unknown) => setFailure(error),
    );
  }, [vault, last]);

  return { items, loadError, last, undone, failure, redraw, save, move, remove, undo };
}
