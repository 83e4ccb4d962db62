import type { VaultClient } from '../../../../../shared/contract/bridge';
import type { Peaks } from '../../../../../shared/contract/media-operations';
import type { MediaItem } from '../../../../../shared/domain/media';
import { computePeaks } from './peaks-job';
import { PeaksFailureError, type UnavailableReason } from './protocol';

/**
 * The waveform of an original, as the player needs it. Every state has `peaks` so the player
 * can read it without a switch; it is non-null only when ready. `stored` says whether the
 * vault kept them (false only when saving failed: they are shown, and computed again next time).
 */
export type PeaksState =
  | { status: 'loading'; peaks: null }
  | { status: 'computing'; progress: number; peaks: null }
  | { status: 'ready'; peaks: Peaks; stored: boolean }
  | { status: 'unavailable'; reason: UnavailableReason | 'not-audio'; message: string; peaks: null }
  | { status: 'error'; error: unknown; peaks: null };

export type PeaksMedia = Pick<MediaItem, 'id' | 'kind' | 'size'>;

interface Job {
  state: PeaksState;
  listeners: Set<() => void>;
  controller: AbortController;
}

/**
 * One job per original at a time, shared by every view that shows its waveform: reads the
 * stored peaks, and if there are none computes them once and saves them. A job lives only
 * while someone listens; the last one leaving (a view closed, the vault locked: everything
 * under the unlocked home unmounts) cancels it and forgets its peaks.
 */
const jobs = new Map<string, Job>();

export const LOADING: PeaksState = { status: 'loading', peaks: null };

function set(job: Job, state: PeaksState): void {
  if (job.controller.signal.aborted) return;
  job.state = state;
  for (const listener of [...job.listeners]) listener();
}

async function run(client: VaultClient, media: PeaksMedia, job: Job): Promise<void> {
  const { signal } = job.controller;
  try {
    const { peaks } = await client.call('media.peaks', { mediaId: media.id });
    if (peaks) return set(job, { status: 'ready', peaks, stored: true });
    if (media.kind !== 'audio' && media.kind !== 'video') {
      return set(job, { status: 'unavailable', reason: 'not-audio', message: 'Only audio has a waveform.', peaks: null });
    }
    set(job, { status: 'computing', progress: 0, peaks: null });
    let shown = 0;
    const built = await computePeaks(client, media, {
      signal,
      onProgress: (fraction) => {
        // Re-render at whole percents only.
        if (Math.floor(fraction * 100) === Math.floor(shown * 100)) return;
        shown = fraction;
        set(job, { status: 'computing', progress: fraction, peaks: null });
      },
    });
    if (signal.aborted) return;
    let stored = true;
    try {
      await client.call('media.savePeaks', { mediaId: media.id, peaks: built });
    } catch (error) {
      // Shown all the same; without a stored copy the next opening computes them again.
      stored = false;
      console.warn('The waveform could not be saved in the vault:', error);
    }
    set(job, { status: 'ready', peaks: built, stored });
  } catch (error) {
    if (signal.aborted) return;
    if (error instanceof PeaksFailureError && error.failure.kind === 'unavailable') {
      set(job, { status: 'unavailable', reason: error.failure.reason, message: error.failure.message, peaks: null });
    } else set(job, { status: 'error', error, peaks: null });
  }
}

/** Joins (or starts) the job of this original; the returned function leaves it. */
export function subscribePeaks(client: VaultClient, media: PeaksMedia, listener: () => void): () => void {
  let job = jobs.get(media.id);
  if (!job) {
    const created: Job = { state: LOADING, listeners: new Set(), controller: new AbortController() };
    jobs.set(media.id, created);
    job = created;
    void run(client, media, created);
  }
  const joined = job;
  joined.listeners.add(listener);
  return () => {
    joined.listeners.delete(listener);
    // A view that re-subscribes at once (a re-render with a new callback) keeps the job.
    setTimeout(() => {
      if (joined.listeners.size > 0) return;
      joined.controller.abort();
      if (jobs.get(media.id) === joined) jobs.delete(media.id);
    }, 0);
  };
}

export function peaksSnapshot(mediaId: string): PeaksState {
  return jobs.get(mediaId)?.state ?? LOADING;
}
