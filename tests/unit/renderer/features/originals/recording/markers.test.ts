import { describe, expect, it } from 'vitest';
import {
  MIN_MARKER_GAP_SECONDS,
  approximateSeconds,
  markerLabel,
  markerSeconds,
  tooCloseToAnother,
  withMarker,
  type DroppedMarker,
} from '../../../../../../renderer/src/features/originals/recording/markers';
import { elapsedMs, pauseClock, resumeClock, startClock } from '../../../../../../renderer/src/features/originals/recording/recording-clock';

const marker = (seconds: number, label = ''): DroppedMarker => ({ seconds, label, state: 'saved' });

describe('markers dropped while recording', () => {
  it('sit on the recorded-time clock (pauses left out), to the tenth of a second, never after the moment pressed', () => {
    let clock = startClock(0);
    clock = resumeClock(pauseClock(clock, 4000), 64_000);
    // Pressed 1.37 s after resuming: 5.37 s of audio so far.
    expect(markerSeconds(elapsedMs(clock, 65_370))).toBe(5.3);
    expect(markerSeconds(0)).toBe(0);
    expect(markerSeconds(-20)).toBe(0);
    expect(markerSeconds(3_599_999)).toBe(3599.9);
  });

  it('refuses a second marker at the same moment (a double press)', () => {
    const list = [marker(10), marker(20)];
    expect(tooCloseToAnother(list, 10 + MIN_MARKER_GAP_SECONDS / 2)).toBe(true);
    expect(tooCloseToAnother(list, 20 - MIN_MARKER_GAP_SECONDS / 2)).toBe(true);
    expect(tooCloseToAnother(list, 10 + MIN_MARKER_GAP_SECONDS)).toBe(false);
    expect(tooCloseToAnother([], 0)).toBe(false);
  });

  it('are labelled as typed, or numbered after those already dropped', () => {
    const numbered = (n: number) => `Marker ${n}`;
    expect(markerLabel('  The checkpoint ', 3, numbered)).toBe('The checkpoint');
    expect(markerLabel('', 0, numbered)).toBe('Marker 1');
    expect(markerLabel('   ', 2, numbered)).toBe('Marker 3');
    expect(markerLabel('الحاجز', 0, numbered)).toBe('الحاجز');
  });

  it('are listed in time order whatever order they were dropped in', () => {
    const list = withMarker(withMarker([marker(5, 'b')], marker(12, 'c')), marker(1, 'a'));
    expect(list.map((m) => m.label)).toEqual(['a', 'b', 'c']);
  });

  it('an interrupted recording is about one timeslice long per saved chunk', () => {
    expect(approximateSeconds(0, 1000)).toBe(0);
    expect(approximateSeconds(95, 1000)).toBe(95);
    expect(approximateSeconds(4, 250)).toBe(1);
  });
});
