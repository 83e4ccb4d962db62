import { useEffect, useState, type RefObject } from 'react';
import { LevelWatch, holdPeak, measure, meterFraction, toDbfs, type LevelHint } from './level';

/** How often the meter's accessible value is updated: often enough to read, not a flood. */
const ARIA_EVERY_MS = 250;

/**
 * Drives the level meter from the microphone: an AnalyserNode read every animation frame.
 * The bar moves through CSS custom properties on the meter element (a transform, in a
 * fixed-size box: nothing else on the page is laid out again 60 times a second); React
 * re-renders only when the hint changes.
 */
export function useLevelMeter(stream: MediaStream | null, meter: RefObject<HTMLElement | null>, valueText: (db: number) => string): LevelHint {
  const [hint, setHint] = useState<LevelHint>('ok');

  useEffect(() => {
    const element = meter.current;
    if (!stream || !element) return;
    const context = new AudioContext();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    source.connect(analyser);
    // Created after a click, so the autoplay policy lets it run; resume() covers the rest.
    context.resume().catch(() => undefined);
    const samples = new Float32Array(analyser.fftSize);
    const watch = new LevelWatch();
    let heldPeak = -Infinity;
    let last = performance.now();
    let lastAria = 0;
    let shownHint: LevelHint = 'ok';
    let frame = 0;

    const tick = (now: number) => {
      analyser.getFloatTimeDomainData(samples);
      const level = measure(samples);
      const rmsDb = toDbfs(level.rms);
      heldPeak = holdPeak(heldPeak, toDbfs(level.peak), now - last);
      last = now;
      element.style.setProperty('--level', meterFraction(rmsDb).toFixed(3));
      element.style.setProperty('--peak', meterFraction(heldPeak).toFixed(3));
      if (now - lastAria >= ARIA_EVERY_MS) {
        lastAria = now;
        element.setAttribute('aria-valuenow', String(Math.round(meterFraction(rmsDb) * 100)));
        element.setAttribute('aria-valuetext', valueText(Number.isFinite(rmsDb) ? Math.round(rmsDb) : -Infinity));
      }
      const next = watch.update(level, now);
      if (next !== shownHint) {
        shownHint = next;
        setHint(next);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);

    return () => {
      cancelAnimationFrame(frame);
      source.disconnect();
      void context.close().catch(() => undefined);
      element.style.setProperty('--level', '0');
      element.style.setProperty('--peak', '0');
      setHint('ok');
    };
  }, [stream, meter, valueText]);

  return hint;
}
