/**
 * What the transcript editor (and its keyboard shortcuts) may ask of the audio player beside
 * it. Times are in seconds.
 */
export interface PlayerHandle {
  readonly currentTime: number;
  readonly duration: number;
  readonly playing: boolean;
  readonly rate: number;
  play(): void;
  pause(): void;
  toggle(): void;
  seek(seconds: number): void;
  skip(deltaSeconds: number): void;
  setRate(rate: number): void;
  /** Called on every time update while playing (for "the current paragraph follows playback"). */
  onTime(listener: (seconds: number) => void): () => void;
}
