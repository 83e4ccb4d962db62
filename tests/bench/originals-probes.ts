/**
 * In-page probes of the originals benchmark. Plain JavaScript in strings: tsx would wrap a
 * function's inner helpers in its own `__name` calls, which do not exist in the page (and
 * waitForFunction would need eval, which the app's CSP forbids).
 */

/** A task after the next frame: the frame showing the change has been produced. */
const AFTER_PAINT = `(done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(performance.now());
  channel.port2.postMessage(null);
})`;

/**
 * Opening the testimony: the time of the click on its row; then, as soon as its page lists
 * the original, a click on its Open button (as fast as a person could never be, so only the
 * app's own time is measured); then when the waveform is shown (its container unhidden,
 * which the player does once wavesurfer has drawn the peaks) and painted.
 */
export function openingProbe(openButtonName: string): string {
  return `(() => {
    const afterPaint = ${AFTER_PAINT};
    const probe = { rowClick: 0, openClick: 0, visible: 0, painted: 0 };
    globalThis.__originalsBench = probe;
    const onClick = (event) => {
      if (probe.rowClick === 0 && event.target.closest && event.target.closest('[data-testimony-code]')) probe.rowClick = performance.now();
    };
    document.addEventListener('click', onClick, true);
    const observer = new MutationObserver(() => {
      if (probe.openClick === 0) {
        const open = [...document.querySelectorAll('section.record-section-files button')].find((b) => b.getAttribute('aria-label') === ${JSON.stringify(openButtonName)});
        if (open) {
          probe.openClick = performance.now();
          open.click();
        }
        return;
      }
      const container = document.querySelector('section.record-section-files .waveform-container');
      if (probe.visible === 0 && container && !container.hidden) {
        probe.visible = performance.now();
        observer.disconnect();
        document.removeEventListener('click', onClick, true);
        afterPaint((t) => { probe.painted = t; });
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  })()`;
}

/**
 * Seeks of the open original's <audio>: paused, a position set, play(); the time until the
 * element's `playing` event (it has the data at the new position and plays). Positions from
 * a fixed pseudo-random sequence, so runs compare. Between seeks it plays 0.3 s. A seek that
 * does not play within 15 s is reported with the element's state (NaN in the times).
 */
export function seeksProbe(count: number): string {
  return `(async () => {
    const audio = document.querySelector('section.record-section-files audio');
    if (!audio) throw new Error('no <audio> in the opened original');
    let seed = 20240301;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let interrupted = 0;
    const stuck = [];
    const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const playingAfter = async (set) => {
      audio.pause();
      await wait(200);
      const playing = new Promise((resolve) => audio.addEventListener('playing', () => resolve(performance.now()), { once: true }));
      const start = performance.now();
      set();
      // A pause() from elsewhere (the app's player) may cut a play() short: say so, and play again.
      // play() settles only once playback starts: not awaited, so a seek that never plays times out.
      audio.play().catch(() => {
        interrupted++;
        return audio.play();
      }).catch(() => undefined);
      const timeout = wait(15000).then(() => null);
      const at = await Promise.race([playing, timeout]);
      if (at === null) {
        const e = audio.error;
        stuck.push({ currentTime: audio.currentTime, paused: audio.paused, readyState: audio.readyState, networkState: audio.networkState, error: e ? e.code + ' ' + e.message : null });
        return Number.NaN;
      }
      await wait(300);
      return at - start;
    };
    const first = await playingAfter(() => { audio.currentTime = 0; });
    const seeks = [];
    for (let i = 0; i < ${count}; i++) {
      const at = random() * Math.max(0, audio.duration - 5);
      seeks.push({ at, ms: await playingAfter(() => { audio.currentTime = at; }) });
    }
    audio.pause();
    return { duration: audio.duration, first, seeks, interrupted, stuck };
  })()`;
}
