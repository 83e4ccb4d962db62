import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RecordingSession, SessionSnapshot } from './recording-session';

const noSubscribe = () => () => undefined;
const noSnapshot = () => null;

/** The session's state for React, or null before a recording was started. */
export function useSessionSnapshot(session: RecordingSession | null): SessionSnapshot | null {
  return useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getSnapshot ?? noSnapshot);
}

/** How often the clock on screen moves: smooth enough for seconds, cheap enough for an hour. */
const TICK_MS = 200;

/**
 * The recorded time, re-read a few times a second while the clock runs. When it does not run
 * (paused, stopped) the session's figure is frozen and is read as it is.
 */
export function useElapsed(session: RecordingSession | null, running: boolean): number {
  const [ms, setMs] = useState(0);
  useEffect(() => {
    if (!session || !running) return;
    const timer = setInterval(() => setMs(session.elapsedMs()), TICK_MS);
    return () => clearInterval(timer);
  }, [session, running]);
  if (!session) return 0;
  return running ? Math.max(ms, 0) : session.elapsedMs();
}
