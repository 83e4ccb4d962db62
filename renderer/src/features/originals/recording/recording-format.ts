// What the recorder makes; free of DOM types so that tests in Node can import it.

/** The one format the vault accepts from the recorder (shared/contract: recording.start). */
export const RECORDING_MIME = 'audio/webm;codecs=opus';

/**
 * One chunk per second: if the app or the machine dies, at most the last second is lost
 * (each chunk is encrypted and synced by the vault as it arrives).
 */
export const TIMESLICE_MS = 1000;
