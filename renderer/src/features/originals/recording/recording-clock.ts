/**
 * The recorded time of a recording: wall time since start minus every pause. Markers are
 * placed on this clock, so it must match the audio's own timeline, which has no pauses in
 * it (MediaRecorder writes nothing while paused). Times are milliseconds from a monotonic
 * source (performance.now()), never Date.now(), which jumps when the system clock is set.
 */
export interface RecordingClock {
  startedAt: number;
  /** When the current pause began; null while running. */
  pausedAt: number | null;
  /** Milliseconds spent in pauses that have ended. */
  pausedTotal: number;
}

export function startClock(now: number): RecordingClock {
  return { startedAt: now, pausedAt: null, pausedTotal: 0 };
}

export function pauseClock(clock: RecordingClock, now: number): RecordingClock {
  return clock.pausedAt === null ? { ...clock, pausedAt: Math.max(now, clock.startedAt) } : clock;
}

export function resumeClock(clock: RecordingClock, now: number): RecordingClock {
  if (clock.pausedAt === null) return clock;
  return { ...clock, pausedAt: null, pausedTotal: clock.pausedTotal + Math.max(0, now - clock.pausedAt) };
}

export function isPaused(clock: RecordingClock): boolean {
  return clock.pausedAt !== null;
}

/** Recorded milliseconds at `now`: frozen during a pause, never negative. */
export function elapsedMs(clock: RecordingClock, now: number): number {
  const end = clock.pausedAt ?? now;
  return Math.max(0, end - clock.startedAt - clock.pausedTotal);
}
