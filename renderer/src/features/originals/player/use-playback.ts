import { useEffect, useState } from 'react';

export interface Playback {
  currentTime: number;
  duration: number;
  playing: boolean;
  rate: number;
  /** The media element could not load or decode the recording. */
  failed: boolean;
}

const EVENTS = ['timeupdate', 'seeked', 'play', 'pause', 'ended', 'ratechange', 'durationchange', 'loadedmetadata', 'error', 'emptied'] as const;

function read(audio: HTMLMediaElement, knownDuration: number | null): Playback {
  const d = audio.duration;
  return {
    currentTime: audio.currentTime,
    duration: Number.isFinite(d) && d > 0 ? d : (knownDuration ?? 0),
    playing: !audio.paused && !audio.ended,
    rate: audio.playbackRate,
    failed: audio.error !== null,
  };
}

/** What the controls show, following the media element's own events. */
export function usePlayback(audio: HTMLMediaElement | null, knownDuration: number | null): Playback {
  const [state, setState] = useState<Playback>({ currentTime: 0, duration: knownDuration ?? 0, playing: false, rate: 1, failed: false });
  useEffect(() => {
    if (!audio) return;
    const update = () => setState(read(audio, knownDuration));
    for (const event of EVENTS) audio.addEventListener(event, update);
    // The element may have loaded its metadata before this effect ran.
    const first = requestAnimationFrame(update);
    return () => {
      cancelAnimationFrame(first);
      for (const event of EVENTS) audio.removeEventListener(event, update);
    };
  }, [audio, knownDuration]);
  return state;
}
