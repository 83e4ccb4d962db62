import type { VaultClient } from '../../../../../shared/contract/bridge';
import type { MediaItem } from '../../../../../shared/domain/media';
import { ChunkQueue, type Bytes, type QueueState } from './chunk-queue';
import { elapsedMs, pauseClock, resumeClock, startClock, type RecordingClock } from './recording-clock';
import { markerSeconds, tooCloseToAnother, withMarker, type DroppedMarker } from './markers';
import { RECORDING_MIME, TIMESLICE_MS } from './recording-format';

export type SessionPhase = 'starting' | 'recording' | 'paused' | 'stopping' | 'discarding' | 'saved' | 'discarded' | 'failed';

export type SessionProblem =
  | { kind: 'startFailed'; error: unknown }
  | { kind: 'chunkRefused'; error: unknown }
  | { kind: 'micLost' }
  | { kind: 'recorderFailed' }
  | { kind: 'nothingRecorded' }
  | { kind: 'finishFailed'; error: unknown }
  | { kind: 'discardFailed'; error: unknown };

export interface SessionSnapshot {
  phase: SessionPhase;
  markers: readonly (DroppedMarker & { id: number })[];
  queue: QueueState;
  /** What interrupted or spoiled the recording; the recording may still have been saved. */
  problem: SessionProblem | null;
  /** The original the recording became. */
  media: MediaItem | null;
  /** Recorded time when it stopped. */
  stoppedAtMs: number;
}

/** Chunks waiting (about seconds of audio) before the person is told the vault lags behind. */
export const LAG_WARNING_CHUNKS = 5;

/**
 * One recording into the vault, from `recording.start` to `recording.finish` (or discard):
 * MediaRecorder's chunks go through a ChunkQueue (in order, one at a time), markers go as
 * they are dropped, and every way a recording can end (Stop, a refused chunk, the microphone
 * unplugged, the screen closed) ends in `end()`, which keeps whatever reached the vault.
 * React subscribes to it (useSyncExternalStore); it owns no microphone (the panel does).
 */
export class RecordingSession {
  private recordingId: string | null = null;
  private recorder: MediaRecorder | null = null;
  private recorderStopped: Promise<void> = Promise.resolve();
  private clock: RecordingClock | null = null;
  private readonly queue: ChunkQueue;
  private readonly pendingMarkers = new Set<Promise<void>>();
  private ending: Promise<void> | null = null;
  private disposed = false;
  private nextMarkerId = 1;
  private snap: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly vault: VaultClient,
    private readonly testimonyId: string,
    private readonly stream: MediaStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.queue = new ChunkQueue((seq, data) => this.sendChunk(seq, data), {
      warnAt: LAG_WARNING_CHUNKS,
      onChange: (queue) => {
        this.set({ queue });
        if (queue.failure && this.isRunning()) {
          this.set({ problem: { kind: 'chunkRefused', error: queue.failure.error } });
          void this.end('save');
        }
      },
    });
    this.snap = { phase: 'starting', markers: [], queue: this.queue.snapshot(), problem: null, media: null, stoppedAtMs: 0 };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snap;

  /** Recorded time now (pauses excluded); frozen once the recording stopped. */
  elapsedMs(): number {
    return this.clock ? elapsedMs(this.clock, this.now()) : 0;
  }

  private set(patch: Partial<SessionSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  private isRunning(): boolean {
    return this.snap.phase === 'recording' || this.snap.phase === 'paused';
  }

  private async sendChunk(seq: number, data: Bytes): Promise<void> {
    await this.vault.call('recording.chunk', { recordingId: this.recordingId!, seq, data });
  }

  async start(): Promise<void> {
    try {
      this.recordingId = (await this.vault.call('recording.start', { testimonyId: this.testimonyId, mimeType: RECORDING_MIME })).recordingId;
    } catch (error) {
      this.set({ phase: 'failed', problem: { kind: 'startFailed', error } });
      return;
    }
    try {
      // The screen went away while the vault was starting the recording: nothing to keep.
      if (this.disposed) throw new Error('disposed');
      const recorder = new MediaRecorder(this.stream, { mimeType: RECORDING_MIME });
      this.recorderStopped = new Promise((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
      recorder.addEventListener('dataavailable', (event) => {
        // The Blob is read now and queued in arrival order; its bytes follow when ready.
        if (event.data.size > 0) this.queue.push(event.data.arrayBuffer().then((buffer) => new Uint8Array(buffer)));
      });
      recorder.addEventListener('stop', () => {
        // Not asked for: the microphone went away (unplugged, permission revoked).
        if (this.isRunning()) {
          this.set({ problem: { kind: 'micLost' } });
          void this.end('save');
        }
      });
      recorder.addEventListener('error', () => {
        if (this.isRunning()) {
          this.set({ problem: { kind: 'recorderFailed' } });
          void this.end('save');
        }
      });
      recorder.start(TIMESLICE_MS);
      this.recorder = recorder;
      this.clock = startClock(this.now());
      this.set({ phase: 'recording' });
    } catch {
      this.recorder = null;
      if (!this.disposed) this.set({ problem: { kind: 'recorderFailed' } });
      await this.end('discard');
    }
  }

  pause(): void {
    if (this.snap.phase !== 'recording' || !this.recorder || !this.clock) return;
    this.recorder.pause();
    this.clock = pauseClock(this.clock, this.now());
    this.set({ phase: 'paused' });
  }

  resume(): void {
    if (this.snap.phase !== 'paused' || !this.recorder || !this.clock) return;
    this.recorder.resume();
    this.clock = resumeClock(this.clock, this.now());
    this.set({ phase: 'recording' });
  }

  /** Drops a marker at the recorded time now (its seconds), unless one is already there. */
  addMarker(label: string): { added: true; seconds: number } | { added: false; reason: 'tooClose' | 'notRecording' } {
    if (!this.isRunning() || !this.recordingId) return { added: false, reason: 'notRecording' };
    const seconds = markerSeconds(this.elapsedMs());
    if (tooCloseToAnother(this.snap.markers, seconds)) return { added: false, reason: 'tooClose' };
    const id = this.nextMarkerId++;
    this.set({ markers: withMarker(this.snap.markers, { id, seconds, label, state: 'saving' }) });
    const mark = (state: DroppedMarker['state']) => this.set({ markers: this.snap.markers.map((m) => (m.id === id ? { ...m, state } : m)) });
    const sent = this.vault.call('recording.marker', { recordingId: this.recordingId, marker: { seconds, label } }).then(
      () => mark('saved'),
      () => mark('failed'),
    );
    this.pendingMarkers.add(sent);
    void sent.finally(() => this.pendingMarkers.delete(sent));
    return { added: true, seconds };
  }

  /** Stop: everything recorded becomes an original (its markers its segments). */
  stop(): Promise<void> {
    return this.end('save');
  }

  /** Cancel: the recording is deleted from the vault. */
  discard(): Promise<void> {
    return this.end('discard');
  }

  /**
   * The screen goes away (lock, leaving the testimony): the recording stops and is saved as
   * an original in the background. If the vault is locked meanwhile, saving fails and the
   * journal stays; the next unlock offers it as an interrupted recording.
   */
  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
    if (this.isRunning()) void this.end('save');
  }

  private end(mode: 'save' | 'discard'): Promise<void> {
    this.ending ??= this.finishOrDiscard(mode);
    return this.ending;
  }

  private async finishOrDiscard(mode: 'save' | 'discard'): Promise<void> {
    if (this.clock) this.clock = pauseClock(this.clock, this.now());
    this.set({ phase: mode === 'save' ? 'stopping' : 'discarding', stoppedAtMs: this.elapsedMs() });
    if (mode === 'discard') await this.queue.abort();
    if (this.recorder && this.recorder.state !== 'inactive') this.recorder.stop();
    // MediaRecorder hands out its last chunk before `stop`; the queue then sends it.
    await this.recorderStopped;
    const queue = await this.queue.drained();
    // A marker still on its way would miss the segments that finish makes from the list.
    await Promise.allSettled([...this.pendingMarkers]);
    const recordingId = this.recordingId;
    if (!recordingId) return;
    if (mode === 'save' && queue.savedBytes === 0) {
      this.set({ problem: this.snap.problem ?? { kind: 'nothingRecorded' } });
      return this.discardIn(recordingId);
    }
    if (mode === 'discard') return this.discardIn(recordingId);
    try {
      const { media } = await this.vault.call('recording.finish', { recordingId });
      this.set({ phase: 'saved', media });
    } catch (error) {
      this.set({ phase: 'failed', problem: { kind: 'finishFailed', error } });
    }
  }

  private async discardIn(recordingId: string): Promise<void> {
    try {
      await this.vault.call('recording.discard', { recordingId });
      this.set({ phase: 'discarded' });
    } catch (error) {
      this.set({ phase: 'failed', problem: this.snap.problem ?? { kind: 'discardFailed', error } });
    }
  }
}
