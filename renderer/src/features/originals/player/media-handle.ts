import type { PlayerHandle } from './player-handle';
import { clampRate } from './playback-rate';

/**
 * The PlayerHandle over an <audio> element: what the transcript editor and the keyboard may
 * do to playback. Every read is live from the element; every write is clamped (a seek stays
 * inside the recording, a rate inside 0.5–2×, pitch always kept). Nothing here starts
 * playback unless `play` or `toggle` is called by a person's action.
 */
export function createMediaHandle(audio: HTMLMediaElement, knownDuration: number | null, onPlayFailed: (error: unknown) => void): PlayerHandle {
  const duration = (): number => {
    const d = audio.duration;
    // Chromium reports Infinity for some streams until their end is read; the ingest's figure is better then.
    return Number.isFinite(d) && d > 0 ? d : (knownDuration ?? 0);
  };
  const play = (): void => {
    audio.play().catch((error: unknown) => {
      // A pause or a seek interrupting play() is not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      onPlayFailed(error);
    });
  };
  const seek = (seconds: number): void => {
    if (!Number.isFinite(seconds)) return;
    const end = duration();
    audio.currentTime = Math.max(0, end > 0 ? Math.min(end, seconds) : seconds);
  };
  return {
    get currentTime() {
      return audio.currentTime;
    },
    get duration() {
      return duration();
    },
    get playing() {
      return !audio.paused && !audio.ended;
    },
    get rate() {
      return audio.playbackRate;
    },
    play,
    pause: () => audio.pause(),
    toggle: () => (audio.paused || audio.ended ? play() : audio.pause()),
    seek,
    skip: (delta) => seek(audio.currentTime + delta),
    setRate: (rate) => {
      audio.preservesPitch = true;
      audio.playbackRate = clampRate(rate);
    },
    onTime: (listener) => {
      const report = () => listener(audio.currentTime);
      audio.addEventListener('timeupdate', report);
      audio.addEventListener('seeked', report);
      return () => {
        audio.removeEventListener('timeupdate', report);
        audio.removeEventListener('seeked', report);
      };
    },
  };
}
