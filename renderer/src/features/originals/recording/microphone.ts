import { RECORDING_MIME } from './recording-format';

// The microphone side of recording: whether we can record, which inputs exist, opening one.
// Kept apart from the vault side (recording-session.ts) so the meter can run before a
// recording starts (the person checks the level first).

export function recordingSupported(): boolean {
  return typeof MediaRecorder !== 'undefined' && typeof MediaRecorder.isTypeSupported === 'function' && MediaRecorder.isTypeSupported(RECORDING_MIME);
}

export interface Microphone {
  deviceId: string;
  /** Empty until the person has allowed the microphone once (browsers hide names before). */
  label: string;
}

export async function listMicrophones(): Promise<Microphone[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'audioinput' && d.deviceId !== '').map((d) => ({ deviceId: d.deviceId, label: d.label }));
}

/**
 * Opens a microphone as it is: echo cancellation, noise suppression and automatic gain
 * would rewrite the voice and the room, and the recording is an original kept as evidence.
 */
export function openMicrophone(deviceId: string | null): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: {
      ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
      echoCancellation: false,
      noiseSuppression: false,
      autoGainControl: false,
    },
    video: false,
  });
}

export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
