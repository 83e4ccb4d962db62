// First, as in the app's entry: zod must be configured before shared/ builds its schemas.
import '../../../../app/zod-csp';
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { VaultClientContext, connectVault } from '../../../../app/vault-client';
import { computePeaks } from '../peaks-job';
import type { PeaksMedia, PeaksState } from '../peaks-store';
import { usePeaks } from '../use-peaks';

/**
 * Test page for tests/e2e/waveform.test.ts, built by that test from this folder and never
 * imported by the app. It mounts the real `usePeaks` hook against the real window.vault and
 * reports what the hook showed, and runs `computePeaks` in a chosen place (worker or page).
 */
interface Summary {
  status: PeaksState['status'];
  /** Every status the hook went through, in order. */
  seen: string[];
  reason?: string;
  message?: string;
  stored?: boolean;
  bucketsPerSecond?: number;
  channels?: number;
  durationSeconds?: number;
  data?: number[];
}

function summarise(state: PeaksState, seen: string[]): Summary {
  const summary: Summary = { status: state.status, seen };
  if (state.status === 'ready') {
    const { bucketsPerSecond, channels, durationSeconds, data } = state.peaks;
    Object.assign(summary, { stored: state.stored, bucketsPerSecond, channels, durationSeconds, data: [...new Int8Array(data.buffer, data.byteOffset, data.byteLength)] });
  } else if (state.status === 'unavailable') Object.assign(summary, { reason: state.reason, message: state.message });
  else if (state.status === 'error') summary.message = state.error instanceof Error ? `${state.error.name}: ${state.error.message}` : String(state.error);
  return summary;
}

function Probe({ media, report }: { media: PeaksMedia; report: (state: PeaksState) => void }) {
  const state = usePeaks(media);
  useEffect(() => report(state), [state, report]);
  return <p data-status={state.status}>{state.status}</p>;
}

const client = connectVault();
const root = document.getElementById('root');
if (!client || !root) throw new Error('The test page needs window.vault and #root.');
const reactRoot = createRoot(root);

const api = {
  /**
   * Mounts the hook for one original until it settles (ready, unavailable or error). The one
   * mounted before is unmounted first and its job let go, so each call starts afresh.
   */
  async showPeaks(media: PeaksMedia): Promise<Summary> {
    flushSync(() => reactRoot.render(null));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the store lets a job go a task after its last view
    return new Promise((resolve) => {
      const seen: string[] = [];
      const report = (state: PeaksState) => {
        if (seen.at(-1) !== state.status) seen.push(state.status);
        if (state.status !== 'loading' && state.status !== 'computing') resolve(summarise(state, seen));
      };
      reactRoot.render(
        <VaultClientContext.Provider value={client}>
          <Probe key={media.id} media={media} report={report} />
        </VaultClientContext.Provider>,
      );
    });
  },
  /** Computes peaks in the worker or on the page, without the hook (and without saving them). */
  async compute(media: PeaksMedia, mode: 'worker' | 'page'): Promise<Summary> {
    const peaks = await computePeaks(client, media, { signal: new AbortController().signal, mode });
    return summarise({ status: 'ready', peaks, stored: false }, ['ready']);
  },
};

Object.assign(globalThis, { __tvPeaksTest: api });
