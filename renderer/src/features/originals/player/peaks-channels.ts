import type { Peaks } from '../../../../../shared/contract/media-operations';

/** wavesurfer draws the first two channels (the first above the axis, the second below). */
const DRAWN_CHANNELS = 2;

/**
 * Stored peaks (per bucket and channel an int8 minimum and maximum, interleaved) as the
 * per-channel float arrays wavesurfer draws: each bucket becomes its minimum then its maximum,
 * so a pixel that covers several buckets still reaches both extremes. Values are scaled to
 * -1..1 (int8 -128 is clamped to -1).
 */
export function peaksToChannels(peaks: Peaks): Float32Array[] {
  const { channels, data } = peaks;
  const stride = channels * 2;
  const buckets = Math.floor(data.byteLength / stride);
  const values = new Int8Array(data.buffer, data.byteOffset, buckets * stride);
  const drawn = Math.min(channels, DRAWN_CHANNELS);
  const out: Float32Array[] = [];
  for (let channel = 0; channel < drawn; channel++) {
    const samples = new Float32Array(buckets * 2);
    for (let bucket = 0; bucket < buckets; bucket++) {
      const at = bucket * stride + channel * 2;
      samples[bucket * 2] = Math.max(-1, values[at]! / 127);
      samples[bucket * 2 + 1] = Math.max(-1, values[at + 1]! / 127);
    }
    out.push(samples);
  }
  return out;
}
