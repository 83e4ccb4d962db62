import { normalizeRegions, type AudioRedactionRegion } from './regions';

/** The tone of a bleep: 1 kHz, as broadcasters use, at -12 dBFS. */
const BLEEP_HZ = 1000;
const BLEEP_AMPLITUDE = 0.25;
/**
 * Length of the fade applied to the audio just OUTSIDE each region, so the cut does not click.
 * Never inside: every sample of a region is replaced, none of the original survives in it.
 */
const FADE_SECONDS = 0.005;

/**
 * Redacts a block of decoded audio in place. `planes` holds one Float32Array per channel
 * starting at frame `firstFrame` of the recording, so a long recording is redacted block by
 * block as it is decoded (a three-hour interview never has to be in memory whole); a region
 * or its fade that straddles two blocks is handled the same in both.
 */
export function redactBlock(planes: Float32Array[], sampleRate: number, regions: readonly AudioRedactionRegion[], firstFrame: number): void {
  const frames = planes[0]?.length ?? 0;
  const blockEnd = firstFrame + frames;
  const fade = Math.max(1, Math.round(FADE_SECONDS * sampleRate));
  for (const region of normalizeRegions(regions, Number.POSITIVE_INFINITY)) {
    // Floor the start and ceil the end: a sample partly inside the region is inside it.
    const start = Math.floor(region.startSeconds * sampleRate);
    const end = Math.ceil(region.endSeconds * sampleRate);
    if (end + fade <= firstFrame || start - fade >= blockEnd) continue;
    for (const channel of planes) {
      for (let i = Math.max(start, firstFrame); i < Math.min(end, blockEnd); i++) {
        channel[i - firstFrame] = region.mode === 'bleep' ? BLEEP_AMPLITUDE * Math.sin((2 * Math.PI * BLEEP_HZ * (i - start)) / sampleRate) : 0;
      }
      for (let k = 1; k <= fade; k++) {
        const gain = (k - 1) / fade;
        const before = start - k;
        const after = end - 1 + k;
        if (before >= firstFrame && before < blockEnd) channel[before - firstFrame]! *= gain;
        if (after >= firstFrame && after < blockEnd) channel[after - firstFrame]! *= gain;
      }
    }
  }
}

/** A redacted copy of a whole recording's planes (short recordings, tests); the input is not changed. */
export function applyRedactions(planes: readonly Float32Array[], sampleRate: number, regions: readonly AudioRedactionRegion[]): Float32Array[] {
  const out = planes.map((p) => Float32Array.from(p));
  redactBlock(out, sampleRate, regions, 0);
  return out;
}
