import { describe, expect, it } from 'vitest';
import { elapsedMs, isPaused, pauseClock, resumeClock, startClock } from '../../../../../../renderer/src/features/originals/recording/recording-clock';

describe('the recorded-time clock', () => {
  it('counts wall time from the start while running', () => {
    const clock = startClock(1000);
    expect(elapsedMs(clock, 1000)).toBe(0);
    expect(elapsedMs(clock, 4500)).toBe(3500);
  });

  it('stands still during a pause and leaves every pause out afterwards', () => {
    let clock = startClock(0);
    clock = pauseClock(clock, 2000);
    expect(isPaused(clock)).toBe(true);
    expect(elapsedMs(clock, 2000)).toBe(2000);
    expect(elapsedMs(clock, 60_000)).toBe(2000);
    clock = resumeClock(clock, 60_000);
    expect(isPaused(clock)).toBe(false);
    expect(elapsedMs(clock, 61_000)).toBe(3000);
    clock = resumeClock(pauseClock(clock, 62_000), 70_000);
    // 2 s, then 2 s after the first pause, then 1 s after the second: 5 s recorded.
    expect(elapsedMs(clock, 71_000)).toBe(5000);
  });

  it('ignores a second pause or a resume while running (a double click), and never goes below zero', () => {
    let clock = startClock(100);
    clock = resumeClock(clock, 500);
    expect(elapsedMs(clock, 600)).toBe(500);
    clock = pauseClock(clock, 1100);
    clock = pauseClock(clock, 5000);
    expect(elapsedMs(clock, 9000)).toBe(1000);
    expect(elapsedMs(startClock(100), 50)).toBe(0);
  });

  it('freezes where it stopped: a stop is a pause that is never resumed', () => {
    const clock = pauseClock(startClock(0), 3210);
    expect(elapsedMs(clock, 3210)).toBe(elapsedMs(clock, 999_999));
  });
});
