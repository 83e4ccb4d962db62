import { useCallback, useEffect, useState } from 'react';
import { listMicrophones, openMicrophone, stopStream, type Microphone } from './microphone';
import { microphoneProblem, type MicrophoneProblem } from './microphone-problem';

export interface MicrophoneState {
  devices: readonly Microphone[];
  /** The device the open stream comes from (its real id once open, even if "default" was asked). */
  deviceId: string | null;
  stream: MediaStream | null;
  status: 'opening' | 'open' | 'failed';
  problem: MicrophoneProblem | 'micLost' | null;
  choose: (deviceId: string) => void;
  retry: () => void;
}

/** What one attempt to open a microphone came to. */
interface Opened {
  attempt: number;
  stream: MediaStream | null;
  deviceId: string | null;
  problem: MicrophoneState['problem'];
}

/**
 * The microphone while the recorder is open: opened at once (so the person sees the level
 * before recording, and the browser reveals device names, which it hides until access is
 * granted), reopened when another device is chosen, closed when the recorder closes.
 */
export function useMicrophone(): MicrophoneState {
  const [request, setRequest] = useState<{ deviceId: string | null; attempt: number }>({ deviceId: null, attempt: 0 });
  const [devices, setDevices] = useState<readonly Microphone[]>([]);
  const [opened, setOpened] = useState<Opened | null>(null);

  useEffect(() => {
    let current = true;
    let stream: MediaStream | null = null;
    const { deviceId, attempt } = request;
    const refresh = () => {
      listMicrophones().then(
        (list) => current && setDevices(list),
        () => undefined,
      );
    };
    openMicrophone(deviceId).then(
      (media) => {
        if (!current) return stopStream(media);
        stream = media;
        const track = media.getAudioTracks()[0];
        track?.addEventListener('ended', () => {
          if (current) setOpened({ attempt, stream: null, deviceId: null, problem: 'micLost' });
        });
        setOpened({ attempt, stream: media, deviceId: track?.getSettings().deviceId ?? deviceId, problem: null });
        refresh();
      },
      (error: unknown) => {
        if (!current) return;
        setOpened({ attempt, stream: null, deviceId: null, problem: microphoneProblem(error) });
        refresh();
      },
    );
    navigator.mediaDevices.addEventListener('devicechange', refresh);
    return () => {
      current = false;
      navigator.mediaDevices.removeEventListener('devicechange', refresh);
      stopStream(stream);
    };
  }, [request]);

  const choose = useCallback((deviceId: string) => setRequest(({ attempt }) => ({ deviceId, attempt: attempt + 1 })), []);
  const retry = useCallback(() => setRequest(({ deviceId, attempt }) => ({ deviceId, attempt: attempt + 1 })), []);
  // An answer to an earlier request (another device, a retry) no longer counts.
  const mine = opened?.attempt === request.attempt ? opened : null;
  return {
    devices,
    deviceId: mine?.deviceId ?? request.deviceId,
    stream: mine?.stream ?? null,
    status: mine ? (mine.stream ? 'open' : 'failed') : 'opening',
    problem: mine?.problem ?? null,
    choose,
    retry,
  };
}
