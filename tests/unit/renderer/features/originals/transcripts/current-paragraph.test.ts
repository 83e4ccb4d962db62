import { describe, expect, it } from 'vitest';
import { cueOf, paragraphAt, timeIndex } from '../../../../../../renderer/src/features/originals/transcripts/current-paragraph';

describe('the paragraph playback is in', () => {
  const starts = [0, 4.5, null, 10, 20];
  const index = timeIndex(starts);

  it('is the timed paragraph with the latest start at or before the position', () => {
    expect(paragraphAt(index, 0)).toBe(0);
    expect(paragraphAt(index, 4.4)).toBe(0);
    expect(paragraphAt(index, 4.5)).toBe(1);
    expect(paragraphAt(index, 9.9)).toBe(1);
    expect(paragraphAt(index, 10)).toBe(3);
    expect(paragraphAt(index, 500)).toBe(4);
  });

  it('is current at once when the player was cued to its start (media elements report 9.9999…)', () => {
    expect(paragraphAt(index, 9.9999)).toBe(3);
  });

  it('is none before the first timed paragraph, and none in a transcript without times', () => {
    expect(paragraphAt(timeIndex([3, 8]), 1)).toBeNull();
    expect(paragraphAt(timeIndex([null, null]), 5)).toBeNull();
    expect(paragraphAt(timeIndex([]), 5)).toBeNull();
  });

  it('follows the times, not the order of the paragraphs (a paragraph moved or timed by hand)', () => {
    const shuffled = timeIndex([30, 0, 15]);
    expect(paragraphAt(shuffled, 5)).toBe(1);
    expect(paragraphAt(shuffled, 16)).toBe(2);
    expect(paragraphAt(shuffled, 31)).toBe(0);
  });

  it('is the first of several paragraphs with the same start', () => {
    expect(paragraphAt(timeIndex([0, 5, 5, 5, 9]), 6)).toBe(1);
  });

  it('agrees with a plain scan on long transcripts', () => {
    const many = Array.from({ length: 2000 }, (_, i) => (i % 7 === 3 ? null : i * 1.5));
    const built = timeIndex(many);
    for (const t of [0, 1, 1.49, 1.5, 777.7, 1498.5, 2999, 5000]) {
      let expected: number | null = null;
      many.forEach((s, i) => {
        if (s !== null && s <= t + 0.05 && (expected === null || s > (many[expected] ?? -1))) expected = i;
      });
      expect(paragraphAt(built, t), String(t)).toBe(expected);
    }
  });

  it('cues an untimed paragraph where the timed one before it starts', () => {
    expect(cueOf(starts, 2)).toBe(4.5);
    expect(cueOf(starts, 3)).toBe(10);
    expect(cueOf([null, null, 7], 1)).toBeNull();
  });
});
