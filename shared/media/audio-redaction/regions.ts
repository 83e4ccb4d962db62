/**
 * Regions of a recording to hide before publication (issue 6, "Audio"): each one is replaced
 * whole, by silence or by a tone. Plain data, shared by the core (which stores them) and the
 * renderer (which applies them to decoded audio).
 */
export type AudioRedactionMode = 'silence' | 'bleep';

export interface AudioRedactionRegion {
  startSeconds: number;
  endSeconds: number;
  mode: AudioRedactionMode;
}

/** Shortest region kept: anything shorter is a slip of the mouse, not a redaction. */
export const MIN_REGION_SECONDS = 0.01;

/**
 * The regions as they will be applied: clamped to the recording, sorted, and overlapping or
 * touching ones merged (a bleep wins over silence where they meet, so the merged region is
 * never quieter than the editor asked for in a way that reveals where one ended). Throws on
 * a region that is not numbers or runs backwards: a stored region like that is corruption.
 */
export function normalizeRegions(regions: readonly AudioRedactionRegion[], durationSeconds: number): AudioRedactionRegion[] {
  for (const r of regions) {
    if (!Number.isFinite(r.startSeconds) || !Number.isFinite(r.endSeconds) || r.endSeconds < r.startSeconds) {
      throw new RangeError(`A redaction region must start before it ends (${r.startSeconds}–${r.endSeconds} s).`);
    }
  }
  const clamped = regions
    .map((r) => ({ ...r, startSeconds: Math.max(0, r.startSeconds), endSeconds: Math.min(durationSeconds, r.endSeconds) }))
    .filter((r) => r.endSeconds - r.startSeconds >= MIN_REGION_SECONDS)
    .sort((a, b) => a.startSeconds - b.startSeconds);
  const merged: AudioRedactionRegion[] = [];
  for (const r of clamped) {
    const last = merged.at(-1);
    if (last && r.startSeconds <= last.endSeconds) {
      last.endSeconds = Math.max(last.endSeconds, r.endSeconds);
      if (r.mode === 'bleep') last.mode = 'bleep';
    } else merged.push({ ...r });
  }
  return merged;
}
