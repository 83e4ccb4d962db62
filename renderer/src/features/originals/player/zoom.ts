/**
 * Zoom of the waveform in pixels per second of audio. 0 means "the whole recording fits the
 * width" (wavesurfer's fill-parent mode); the steps above it are the zoom levels offered.
 */
export const FIT = 0;
export const ZOOM_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500] as const;

/**
 * The next zoom level in `direction` (+1 closer, -1 wider) from `current`, given how many
 * pixels per second the whole recording takes when it fits the width. A step at or below the
 * fit is never offered: zooming out past it is "fit".
 */
export function nextZoom(current: number, fitPxPerSec: number, direction: 1 | -1): number {
  const shown = current === FIT ? fitPxPerSec : current;
  if (direction === 1) {
    const step = ZOOM_STEPS.find((s) => s > shown && s > fitPxPerSec);
    return step ?? current;
  }
  const step = [...ZOOM_STEPS].reverse().find((s) => s < shown);
  return step === undefined || step <= fitPxPerSec ? FIT : step;
}

export function canZoom(current: number, fitPxPerSec: number, direction: 1 | -1): boolean {
  return direction === 1 ? nextZoom(current, fitPxPerSec, 1) !== current : current !== FIT;
}
