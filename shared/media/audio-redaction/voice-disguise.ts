/**
 * An optional voice disguise: the pitch moved by `ratio` (0.7–1.4) with the duration kept,
 * by resampling (pitch and tempo move) then stretching back to the same length (tempo restored).
 *
 * It is a disguise against casual recognition only. A pitch shift by a known or guessed
 * ratio can be undone by shifting back, so the UI must say plainly that it does not protect
 * a voice someone tries to recover (VOICE_DISGUISE_IS_REVERSIBLE is the fact the UI states).
 */
export const VOICE_DISGUISE_IS_REVERSIBLE = true;
export const MIN_DISGUISE_RATIO = 0.7;
export const MAX_DISGUISE_RATIO = 1.4;

const GRAIN_SECONDS = 0.04;
/** How far WSOLA may move a grain to line it up with the previous one (a low voice's period). */
const TOLERANCE_SECONDS = 0.012;
/** Correlation on every n-th sample and offset: plenty for speech, and 16 times cheaper. */
const STRIDE = 4;

/** `input` read `ratio` times faster (linear interpolation): pitch and tempo both moved. */
function resample(input: Float32Array, ratio: number): Float32Array {
  const out = new Float32Array(Math.max(1, Math.floor(input.length / ratio)));
  for (let n = 0; n < out.length; n++) {
    const at = n * ratio;
    const i = Math.floor(at);
    const next = Math.min(i + 1, input.length - 1);
    out[n] = input[i]! + (input[next]! - input[i]!) * (at - i);
  }
  return out;
}

/**
 * `input` stretched to `frames` samples without moving its pitch: waveform-similarity
 * overlap-add (WSOLA). Each grain is taken where it best continues the previous one, so
 * grains add in phase instead of cancelling.
 */
function stretch(input: Float32Array, frames: number, grain: number, tolerance: number): Float32Array {
  const hop = grain >> 1; // Hann windows at 50 % overlap sum to one
  const window = Float32Array.from({ length: grain }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / grain));
  const out = new Float32Array(frames);
  const scale = input.length / frames;
  let previous = 0;
  for (let k = 0; k * hop < frames; k++) {
    const nominal = Math.round(k * hop * scale);
    let best = Math.max(0, Math.min(nominal, input.length - grain));
    if (k > 0) {
      const natural = previous + hop;
      let bestScore = -Infinity;
      for (let d = -tolerance; d <= tolerance; d += STRIDE) {
        const at = nominal + d;
        if (at < 0 || at + grain > input.length) continue;
        let score = 0;
        for (let j = 0; j < hop; j += STRIDE) score += (input[at + j] ?? 0) * (input[natural + j] ?? 0);
        if (score > bestScore) {
          bestScore = score;
          best = at;
        }
      }
    }
    for (let j = 0; j < grain; j++) {
      const to = k * hop + j;
      if (to >= frames) break;
      out[to]! += window[j]! * (input[best + j] ?? 0);
    }
    previous = best;
  }
  return out;
}

/**
 * A block of planes with its pitch moved by `ratio`, the same length as the input. Each block
 * stands alone, so blocks can be processed one after another (seconds long: the seam between
 * two is a few milliseconds of slightly smeared audio).
 */
export function disguiseBlock(planes: readonly Float32Array[], sampleRate: number, ratio: number): Float32Array[] {
  if (!(ratio >= MIN_DISGUISE_RATIO && ratio <= MAX_DISGUISE_RATIO)) {
    throw new RangeError(`The voice disguise ratio must be between ${MIN_DISGUISE_RATIO} and ${MAX_DISGUISE_RATIO}.`);
  }
  const grain = Math.max(16, Math.round(GRAIN_SECONDS * sampleRate)) & ~1;
  const tolerance = Math.round(TOLERANCE_SECONDS * sampleRate);
  // A block too short to disguise is silenced: it is never passed on undisguised.
  return planes.map((input) => (input.length < grain * 2 ? new Float32Array(input.length) : stretch(resample(input, ratio), input.length, grain, tolerance)));
}
